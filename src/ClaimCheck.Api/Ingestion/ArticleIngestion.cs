using ClaimCheck.Ingestion;
using Marten.Exceptions;
using Wolverine;

namespace ClaimCheck.Api.Ingestion;

/// <summary>
/// Entry point for every way an article arrives (HTTP, command line). The article id is derived from
/// its content, so when two submissions of the same article race, the loser's stream insert collides
/// and it reports the winner's article as a duplicate instead of failing.
/// </summary>
public sealed class ArticleIngestion(IMessageBus bus)
{
    public async Task<IngestOutcome> IngestAsync(ArticleSubmission submission, string actor, CancellationToken cancellation)
    {
        try
        {
            return await bus.InvokeAsync<IngestOutcome>(new IngestArticle(submission, actor), cancellation);
        }
        catch (ExistingStreamIdCollisionException)
        {
            return new IngestOutcome(submission.ArticleId, Duplicate: true);
        }
    }
}
