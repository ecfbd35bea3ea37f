using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
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
        IQuerySession session, StoreResilience resilience, string? label, string? speaker, Guid? article, double? minScore,
        int? page, int? pageSize, CancellationToken cancellation)
    {
        if (Paging.Validate(page, pageSize, out var pageNumber, out var size) is { } problem) return problem;
        if (minScore is < 0 or > 1)
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid minimum score", "minScore is a probability between 0 and 1.");

        IQueryable<FlagSummary> query = session.Query<FlagSummary>();
        if (!string.IsNullOrWhiteSpace(label)) query = query.Where(f => f.Label == label);
        if (!string.IsNullOrWhiteSpace(speaker)) query = query.Where(f => f.SpeakerIds.Contains(speaker));
        if (article is { } articleId) query = query.Where(f => f.FirstArticleId == articleId || f.SecondArticleId == articleId);
        if (minScore is { } min) query = query.Where(f => f.Score >= min);

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
