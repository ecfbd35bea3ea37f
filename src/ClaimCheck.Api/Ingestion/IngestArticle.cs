using ClaimCheck.Ingestion;
using Marten;

namespace ClaimCheck.Api.Ingestion;

/// <summary>Store one validated article unless the same content is already stored.</summary>
public sealed record IngestArticle(ArticleSubmission Submission, string Actor);

public sealed record IngestOutcome(Guid ArticleId, bool Duplicate);

public static class IngestArticleHandler
{
    public static async Task<IngestOutcome> Handle(
        IngestArticle command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var articleId = command.Submission.ArticleId;
        if (await session.Events.FetchStreamStateAsync(articleId, cancellation) is not null)
            return new IngestOutcome(articleId, Duplicate: true);

        session.LastModifiedBy = command.Actor;
        session.Events.StartStream<Article>(articleId, command.Submission.ToEvent(clock.GetUtcNow()));
        return new IngestOutcome(articleId, Duplicate: false);
    }
}
