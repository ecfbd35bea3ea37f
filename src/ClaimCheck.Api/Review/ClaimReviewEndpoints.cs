using System.Text.Json.Nodes;
using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Input;
using ClaimCheck.Extraction;
using ClaimCheck.Review;
using Marten;
using ClaimCheck.Api.Lists;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Review;

/// <summary>Published verdicts as schema.org ClaimReview JSON-LD, for search engines and partner fact-checkers.</summary>
public static class ClaimReviewEndpoints
{
    public const string JsonLd = "application/ld+json";

    [WolverineGet("/api/cases/{id}/claim-review")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("ClaimReview")]
    [EndpointSummary("The published verdict of a case as schema.org ClaimReview JSON-LD.")]
    [ProducesResponseType(typeof(JsonObject), StatusCodes.Status200OK, JsonLd)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static async Task<IResult> Get(
        Guid id, IQuerySession session, StoreResilience resilience, ClaimReviewPublisher publisher, CancellationToken cancellation)
    {
        var reviewCase = await resilience.ExecuteAsync(token => new ValueTask<Case?>(session.LoadAsync<Case>(id, token)), cancellation);
        if (reviewCase is null) return Problems.NotFound("case", id);
        if (reviewCase.Published is null)
            return Problems.Create(StatusCodes.Status409Conflict, "Not published",
                $"Case {id} has no published verdict yet; it is {CaseNames.Of(reviewCase.State)}.",
                new Dictionary<string, object?> { ["currentState"] = CaseNames.Of(reviewCase.State) });

        var articles = await LoadArticles(session, resilience, reviewCase.ArticleIds, cancellation);
        if (ReviewedClaimOf(reviewCase, articles) is not { } claim)
            return Problems.Create(StatusCodes.Status409Conflict, "Claim text unavailable",
                $"The quote {reviewCase.ClaimIds[0]} of case {id} is not among the current quotes of its articles, so the review cannot name the claim.");
        return Results.Text(ClaimReviewJsonLd.Build(reviewCase, claim, publisher).ToJsonString(), JsonLd);
    }

    /// <summary>
    /// Every published verdict, most recently published first. A case whose claim is no longer among its article's
    /// quotes (re-extracted away) is left out of the page rather than published without the claim's words.
    /// </summary>
    [WolverineGet("/api/claim-reviews")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("ClaimReview")]
    [EndpointSummary("Feed of all published ClaimReview JSON-LD documents, newest first, paged (Link rel=next with a cursor, X-Total-Count).")]
    [ProducesResponseType(typeof(JsonArray), StatusCodes.Status200OK, JsonLd)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Feed(
        HttpContext context, IQuerySession session, IndexedListReader lists, StoreResilience resilience, ClaimReviewPublisher publisher,
        RequestLimits limits, string? page, string? pageSize, string? cursor, CancellationToken cancellation)
    {
        var q = new QueryReader(limits);
        var (pageNumber, size) = Paging.Read(q, page, pageSize);
        var after = Paging.Cursor(q, cursor, page);
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);
        var cases = await resilience.ExecuteAsync(async token =>
            await lists.ReadAsync<Case>(ReviewLists.ClaimReviews, new ListRequest([], null, null, null, after, pageNumber, size), token), cancellation);
        var articles = await LoadArticles(session, resilience, cases.Items.SelectMany(c => c.ArticleIds).Distinct().ToArray(), cancellation);

        var feed = new JsonArray();
        foreach (var published in cases.Items)
            if (ReviewedClaimOf(published, articles) is { } claim)
                feed.Add(ClaimReviewJsonLd.Build(published, claim, publisher));

        context.Response.Headers["X-Total-Count"] = cases.TotalCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (cases.Next is { } next) context.Response.Headers.Link = Paging.NextLink(context.Request, next.Encode());
        return Results.Text(feed.ToJsonString(), JsonLd);
    }

    private static async Task<IReadOnlyList<ArticleQuotes>> LoadArticles(
        IQuerySession session, StoreResilience resilience, IReadOnlyList<Guid> articleIds, CancellationToken cancellation) =>
        articleIds.Count == 0
            ? []
            : await resilience.ExecuteAsync(async token => await session.LoadManyAsync<ArticleQuotes>(token, articleIds), cancellation);

    // A ClaimReview reviews one claim: the only one of a case opened by hand, the first of a flagged pair.
    private static ReviewedClaim? ReviewedClaimOf(Case reviewCase, IReadOnlyList<ArticleQuotes> articles)
    {
        var claimId = reviewCase.ClaimIds[0];
        foreach (var article in articles.Where(a => reviewCase.ArticleIds.Contains(a.Id)))
            if (article.Quotes.FirstOrDefault(q => q.QuoteId == claimId) is { } quote)
                return new ReviewedClaim(quote.Text, quote.Speaker ?? quote.SpeakerId ?? "Unknown speaker", article.Url, article.EffectiveDate);
        return null;
    }
}
