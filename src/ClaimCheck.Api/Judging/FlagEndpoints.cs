using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Input;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Marten;
using Marten.Pagination;
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
    [EndpointSummary("Flagged claim pairs, highest score first; filter by label, speaker, article and minimum score.")]
    [ProducesResponseType<Page<FlagSummary>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> List(
        IQuerySession session, StoreResilience resilience, RequestLimits limits, string? label, string? speaker, string? article, string? minScore,
        string? page, string? pageSize, CancellationToken cancellation)
    {
        var q = new QueryReader(limits);
        var (pageNumber, size) = Paging.Read(q, page, pageSize);
        var labelFilter = q.Text("label", label);
        var speakerFilter = q.Text("speaker", speaker);
        var articleFilter = q.Id("article", article);
        var min = q.Number("minScore", minScore, 0, 1);
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);

        IQueryable<FlagSummary> query = session.Query<FlagSummary>();
        if (labelFilter is not null) query = query.Where(f => f.Label == labelFilter);
        if (speakerFilter is not null) query = query.Where(f => f.SpeakerIds.Contains(speakerFilter));
        if (articleFilter is { } articleId) query = query.Where(f => f.FirstArticleId == articleId || f.SecondArticleId == articleId);
        if (min is { } score) query = query.Where(f => f.Score >= score);

        var results = await resilience.ExecuteAsync(async token =>
            await query.OrderByDescending(f => f.Score).ThenBy(f => f.JudgedAt).ToPagedListAsync(pageNumber, size, token), cancellation);
        return Results.Ok(new Page<FlagSummary>(results.ToList(), pageNumber, size, results.TotalItemCount));
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
