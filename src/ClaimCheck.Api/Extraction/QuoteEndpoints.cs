using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Input;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Extraction;

public static class QuoteEndpoints
{
    [WolverineGet("/api/articles/{id}/quotes")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("Quotes")]
    [EndpointSummary("The current quotes and claims of one article, with speakers, spans and the extractor version.")]
    [ProducesResponseType<ArticleQuotesView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> ForArticle(Guid id, IQuerySession session, StoreResilience resilience, CancellationToken cancellation)
    {
        var article = await resilience.ExecuteAsync(token => new ValueTask<ArticleQuotes?>(session.LoadAsync<ArticleQuotes>(id, token)), cancellation);
        if (article is null) return Problems.NotFound("article", id);
        var quotes = QuoteView.Of(article).ToList();
        return Results.Ok(new ArticleQuotesView(article.Id, article.Title, article.ExtractorVersion, quotes.Count, quotes, ExtractionView.Of(article)));
    }

    [WolverineGet("/api/speakers/{id}/quotes")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("Quotes")]
    [EndpointSummary("Every quote attributed to one person across articles, newest article first.")]
    [ProducesResponseType<Page<QuoteView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> ForSpeaker(
        string id, IQuerySession session, StoreResilience resilience, RequestLimits limits, string? page, string? pageSize,
        CancellationToken cancellation)
    {
        if (SpeakerEndpoints.PathProblem(id, limits) is { } invalidId) return invalidId;
        var q = new QueryReader(limits);
        var (pageNumber, size) = Paging.Read(q, page, pageSize);
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);
        // Quotes attributed to people later merged into this one are this person's too.
        var corrections = await resilience.ExecuteAsync(token =>
            new ValueTask<SpeakerCorrections?>(session.LoadAsync<SpeakerCorrections>(SpeakerCorrections.StreamId, token)), cancellation);
        var ids = (corrections?.MergedInto(id) ?? []).Append(id).ToArray();
        var articles = await resilience.ExecuteAsync(async token =>
            await session.Query<ArticleQuotes>().Where(a => a.Quotes.Any(q => q.SpeakerId.IsOneOf(ids))).ToListAsync(token), cancellation);
        var quotes = articles
            .OrderByDescending(a => a.EffectiveDate)
            .SelectMany(a => QuoteView.Of(a, q => q.SpeakerId is { } speaker && ids.Contains(speaker)))
            .ToList();
        return Results.Ok(new Page<QuoteView>(quotes.Skip((pageNumber - 1) * size).Take(size).ToList(), pageNumber, size, quotes.Count));
    }
}
