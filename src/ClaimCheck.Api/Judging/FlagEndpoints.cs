using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Lists;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Input;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Judging;

/// <summary>A flag with both claims as a reviewer needs them: text, sentence and spans in their articles.</summary>
public sealed record FlagDetail(FlagSummary Flag, QuoteView? FirstClaim, QuoteView? SecondClaim);

public static class FlagEndpoints
{
    [WolverineGet("/api/flags")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("Flags")]
    [EndpointSummary("Flagged claim pairs, highest score first then oldest; filter by label, speaker, article and minimum score; " +
                     "follow nextCursor (or the Link rel=next header) for the next page.")]
    [ProducesResponseType<Page<FlagSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> List(
        HttpContext context, IndexedListReader lists, StoreResilience resilience, RequestLimits limits, string? label, string? speaker,
        string? article, string? minScore, string? page, string? pageSize, string? cursor, CancellationToken cancellation)
    {
        var q = new QueryReader(limits);
        var (pageNumber, size) = Paging.Read(q, page, pageSize);
        var after = Paging.Cursor(q, cursor, page);
        var labelFilter = q.Text("label", label);
        var speakerFilter = q.Text("speaker", speaker);
        var articleFilter = q.Id("article", article);
        var min = q.Number("minScore", minScore, 0, 1);
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);

        // The most selective filter drives the index: article, speaker, label.
        var filters = new List<ListFilter>();
        if (articleFilter is { } articleId) filters.Add(new("article", articleId.ToString("D")));
        if (speakerFilter is not null) filters.Add(new("speaker", speakerFilter));
        if (labelFilter is not null) filters.Add(new("label", labelFilter));
        var (maxRank, minRank) = ListRequest.ScoreAtLeast(min);
        var request = new ListRequest(filters, null, maxRank, minRank, after, pageNumber, size);

        var results = await resilience.ExecuteAsync(async token => await lists.ReadAsync<FlagSummary>(JudgingLists.Flags, request, token), cancellation);
        if (results.Next is { } next) context.Response.Headers.Link = Paging.NextLink(context.Request, next.Encode());
        return Results.Ok(results.ToPage(f => f));
    }

    [WolverineGet("/api/flags/{id}")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("Flags")]
    [EndpointSummary("One flag with both claims, their sentences and spans, and the reasons.")]
    [ProducesResponseType<FlagDetail>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, StoreResilience resilience, CancellationToken cancellation)
    {
        var flag = await resilience.ExecuteAsync(token => new ValueTask<FlagSummary?>(session.LoadAsync<FlagSummary>(id, token)), cancellation);
        if (flag is null) return Problems.NotFound("flag", id);

        var articles = await resilience.ExecuteAsync(async token =>
            await session.LoadManyAsync<ArticleQuotes>(token, flag.FirstArticleId, flag.SecondArticleId), cancellation);
        QuoteView? Find(Guid articleId, Guid claimId) => articles
            .Where(a => a.Id == articleId)
            .SelectMany(a => QuoteView.Of(a, q => q.QuoteId == claimId))
            .FirstOrDefault();
        return Results.Ok(new FlagDetail(flag, Find(flag.FirstArticleId, flag.FirstClaimId), Find(flag.SecondArticleId, flag.SecondClaimId)));
    }
}
