using ClaimCheck.Api.Extraction;
using ClaimCheck.Ingestion;
using Marten;
using Wolverine;

namespace ClaimCheck.Api.Ingestion;

/// <summary>Store one validated article unless the same content is already stored.</summary>
public sealed record IngestArticle(ArticleSubmission Submission, string Actor);

public sealed record IngestOutcome(Guid ArticleId, bool Duplicate);

public static class IngestArticleHandler
{
    /// <summary>
    /// The extraction request leaves through Wolverine's outbox in the same transaction as the article's
    /// first event: if the process dies after the commit, the durable queue still holds it. A duplicate asks
    /// for extraction too: the handler adds nothing when the current extractor already read the article,
    /// and reads it again when the extractor has changed since.
    /// </summary>
    public static async Task<(IngestOutcome, OutgoingMessages)> Handle(
        IngestArticle command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var articleId = command.Submission.ArticleId;
        if (await session.Events.FetchStreamStateAsync(articleId, cancellation) is not null)
            return (new IngestOutcome(articleId, Duplicate: true), [new ExtractArticleQuotes(articleId)]);

        session.LastModifiedBy = command.Actor;
        session.Events.StartStream<Article>(articleId, command.Submission.ToEvent(clock.GetUtcNow()));
        return (new IngestOutcome(articleId, Duplicate: false), [new ExtractArticleQuotes(articleId)]);
    }
}
