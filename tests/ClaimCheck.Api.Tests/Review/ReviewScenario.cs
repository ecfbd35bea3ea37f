using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using Marten;
using Case = ClaimCheck.Review.Case;

namespace ClaimCheck.Api.Tests.Review;

/// <summary>Seeds judge-opened cases and articles straight into the store, and drives cases through HTTP.</summary>
internal static class ReviewScenario
{
    public static ContradictionFlagged Flagged(
        double score = 0.8, string? speakerId = null, Guid? firstClaimId = null, Guid? firstArticleId = null, string label = "contradiction") => new(
        Guid.NewGuid(),
        FirstClaimId: firstClaimId ?? Guid.NewGuid(),
        SecondClaimId: Guid.NewGuid(),
        FirstArticleId: firstArticleId ?? Guid.NewGuid(),
        SecondArticleId: Guid.NewGuid(),
        SpeakerIds: [speakerId ?? $"speaker:{Guid.NewGuid():N}"],
        Label: label,
        Score: score,
        Reasons: [new FiredRule("polarity-flip", "One says yes, the other no.")],
        Probabilities: new Dictionary<string, double> { ["contradiction"] = score, ["neutral"] = 1 - score },
        Features: new Dictionary<string, float> { ["polarity"] = 1f, ["same_speaker"] = 1f },
        ModelVersion: "judge-model-7",
        RulesVersion: "rules-3",
        JudgedAt: DateTimeOffset.UtcNow);

    /// <summary>A case as the judge opens it: a stream whose first event is ContradictionFlagged.</summary>
    public static async Task<Guid> FlagCase(ApiFixture api, ContradictionFlagged flagged)
    {
        await using var session = api.Store.LightweightSession();
        session.LastModifiedBy = "system";
        session.Events.StartStream<Case>(flagged.CaseId, flagged);
        await session.SaveChangesAsync();
        return flagged.CaseId;
    }

    public static Task<Guid> FlagCase(ApiFixture api, double score = 0.8, string? speakerId = null) =>
        FlagCase(api, Flagged(score, speakerId));

    /// <summary>An ingested article with one extracted quote, whose id is the claim id.</summary>
    public static async Task<(Guid ArticleId, QuoteRecord Quote)> ArticleWithQuote(ApiFixture api, string text, string speaker)
    {
        var articleId = Guid.NewGuid();
        var now = DateTimeOffset.UtcNow;
        var quote = new QuoteRecord(Guid.NewGuid(), QuoteKind.Direct, text, speaker, $"speaker:{speaker.ToLowerInvariant().Replace(' ', '-')}",
            "a déclaré", 10, 10 + text.Length, 0.95, $"Elle a déclaré « {text} ».", 0, text.Length + 20,
            new ClaimFrame(null, "dire", null, Polarity.Affirmed, Modality.Asserted, null, [], []));
        await using var session = api.Store.LightweightSession();
        session.Events.StartStream<Article>(articleId,
            new ArticleIngested(articleId, "Budget 2027", true, $"Elle a déclaré « {text} ».", "test", $"https://news.example/{articleId:N}",
                new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero), "fr", false, $"fp-{articleId:N}", now),
            new QuotesExtracted(articleId, "extractor-test", null, [quote], now));
        await session.SaveChangesAsync();
        return (articleId, quote);
    }

    public static async Task<HttpResponseMessage> Act(HttpClient client, Guid caseId, string action, string? ifMatch, object? body = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/{action}")
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return await client.SendAsync(request);
    }

    public static string? ETagOf(HttpResponseMessage response) => response.Headers.ETag?.Tag;

    public static async Task<JsonElement> Json(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<JsonElement> Problem(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await Json(response);
    }

    public static IReadOnlyList<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static HttpClient ClientWithKey(ApiFixture api, string apiKey)
    {
        var client = api.Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        return client;
    }
}
