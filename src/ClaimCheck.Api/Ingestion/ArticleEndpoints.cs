using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Extraction;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Ingestion;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Ingestion;

public sealed record ArticleAccepted(Guid ArticleId, bool Duplicate, string Location);

public static class ArticleEndpoints
{
    [WolverinePost("/api/articles")]
    [Authorize(Policy = nameof(Permission.IngestArticles))]
    [Tags("Articles")]
    [EndpointSummary("Ingest one article; the same content posted again returns the stored article (200).")]
    [ProducesResponseType<ArticleAccepted>(StatusCodes.Status201Created)]
    [ProducesResponseType<ArticleAccepted>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public static async Task<IResult> Post(
        HttpContext context, ArticleSubmissionValidator validator, ArticleIngestion ingestion, CancellationToken cancellation)
    {
        if (!context.Request.HasJsonContentType())
            return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send the article as application/json.");

        var body = await RequestBody.ReadAsync(context.Request, validator.Limits.MaxRequestBytes, cancellation);
        if (body is null)
            return Problems.From(SubmissionProblem.Of(SubmissionProblemKind.TooLarge,
                $"The request is larger than the limit of {validator.Limits.MaxRequestBytes} bytes."));

        var result = validator.FromJson(body);
        if (!result.IsAccepted)
            return Problems.From(result.Problem!);

        var outcome = await ingestion.IngestAsync(result.Submission!, Actors.Of(context.User), cancellation);
        var location = $"/api/articles/{outcome.ArticleId}";
        var accepted = new ArticleAccepted(outcome.ArticleId, outcome.Duplicate, location);
        return outcome.Duplicate ? Results.Ok(accepted) : Results.Created(location, accepted);
    }

    [WolverineGet("/api/articles/{id}")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("Articles")]
    [EndpointSummary("One stored article, with where its quote extraction stands.")]
    [ProducesResponseType<ArticleView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, StoreResilience resilience, CancellationToken cancellation)
    {
        var article = await resilience.ExecuteAsync(token => new ValueTask<Article?>(session.LoadAsync<Article>(id, token)), cancellation);
        if (article is null) return Problems.NotFound("article", id);
        var quotes = await resilience.ExecuteAsync(token => new ValueTask<ArticleQuotes?>(session.LoadAsync<ArticleQuotes>(id, token)), cancellation);
        return Results.Ok(ArticleView.Of(article, ExtractionView.Of(quotes)));
    }
}

/// <summary>An article as readers see it, with its extraction state.</summary>
public sealed record ArticleView(
    Guid Id,
    string Title,
    bool HeadlineGiven,
    string Body,
    string Source,
    string? Url,
    DateTimeOffset? PublishedAt,
    string Language,
    bool LanguageDetected,
    string ContentFingerprint,
    DateTimeOffset IngestedAt,
    ExtractionView Extraction)
{
    public static ArticleView Of(Article a, ExtractionView extraction) =>
        new(a.Id, a.Title, a.HeadlineGiven, a.Body, a.Source, a.Url, a.PublishedAt, a.Language, a.LanguageDetected,
            a.ContentFingerprint, a.IngestedAt, extraction);
}
