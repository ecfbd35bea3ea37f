using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Extraction;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace ClaimCheck.Api.Extraction;

public sealed record ReextractionQueued(Guid ArticleId, string ExtractorVersion, ExtractionView Extraction, string Location);

public static class ReextractArticleEndpoint
{
    /// <summary>
    /// Queues the article for extraction with the current extractor, as ingestion does. An article whose current
    /// version already succeeded has nothing to run (409); a failed or older one is extracted again.
    /// </summary>
    [WolverinePost("/api/articles/{id}/reextract")]
    [Authorize(Policy = nameof(Permission.ReextractArticles))]
    [Tags("Articles")]
    [EndpointSummary("Run quote extraction again on an article whose extraction failed or is from an older extractor.")]
    [ProducesResponseType<ReextractionQueued>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Post(
        Guid id, IQuerySession session, IMessageBus bus, StoreResilience resilience, CancellationToken cancellation)
    {
        var article = await resilience.ExecuteAsync(token => new ValueTask<ArticleQuotes?>(session.LoadAsync<ArticleQuotes>(id, token)), cancellation);
        if (article is null) return Problems.NotFound("article", id);
        var extraction = ExtractionView.Of(article);
        if (article.ExtractorVersionsSeen.Contains(QuoteExtractor.CurrentVersion))
            return Problems.Create(StatusCodes.Status409Conflict, "Already extracted",
                $"The article's quotes already come from {QuoteExtractor.CurrentVersion}.",
                new Dictionary<string, object?> { ["extraction"] = extraction });
        await bus.PublishAsync(new ExtractArticleQuotes(id));
        var location = $"/api/articles/{id}";
        return Results.Accepted(location, new ReextractionQueued(id, QuoteExtractor.CurrentVersion, extraction, location));
    }
}
