using System.Net;
using System.Text.Json.Nodes;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Review;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Review;

[Collection(ApiCollection.Name)]
public sealed class ClaimReviewTests(ApiFixture api)
{
    private HttpClient Ana => api.As(TestUsers.FactChecker);
    private HttpClient Chloe => api.As(TestUsers.Editor);
    private HttpClient David => api.As(TestUsers.SecondEditor);

    private async Task<(Guid CaseId, Guid ArticleId)> CaseOnQuote(string? publishUrl, bool publish = true)
    {
        var (articleId, quote) = await ArticleWithQuote(api, "Le déficit a baissé de moitié", "Marie Dupont");
        var caseId = await FlagCase(api, Flagged(0.9, quote.SpeakerId, firstClaimId: quote.QuoteId, firstArticleId: articleId));
        (await Act(Ana, caseId, "take", "\"1\"")).EnsureSuccessStatusCode();
        (await Act(Ana, caseId, "propose", "\"2\"", new { verdict = "contradicted", rationale = "Il a augmenté.", evidenceLinks = Array.Empty<string>() }))
            .EnsureSuccessStatusCode();
        (await Act(Chloe, caseId, "approve", "\"3\"")).EnsureSuccessStatusCode();
        if (publish) (await Act(David, caseId, "publish", "\"4\"", new { url = publishUrl })).EnsureSuccessStatusCode();
        return (caseId, articleId);
    }

    [Fact]
    public async Task A_published_case_is_served_as_valid_claim_review_json_ld()
    {
        var (caseId, articleId) = await CaseOnQuote("https://claimcheck.example/reviews/deficit");

        var response = await Ana.GetAsync($"/api/cases/{caseId}/claim-review");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        ClaimReviewValidator.Validate(document).ShouldBeEmpty();
        document["@type"]!.GetValue<string>().ShouldBe("ClaimReview");
        document["claimReviewed"]!.GetValue<string>().ShouldBe("Le déficit a baissé de moitié");
        document["itemReviewed"]!["author"]!["name"]!.GetValue<string>().ShouldBe("Marie Dupont");
        document["itemReviewed"]!["appearance"]!["url"]!.GetValue<string>().ShouldBe($"https://news.example/{articleId:N}");
        document["itemReviewed"]!["datePublished"]!.GetValue<string>().ShouldBe("2026-11-02");
        document["reviewRating"]!["alternateName"]!.GetValue<string>().ShouldBe("Contradicted");
        document["author"]!["name"]!.GetValue<string>().ShouldBe("ClaimCheck");
        document["url"]!.GetValue<string>().ShouldBe("https://claimcheck.example/reviews/deficit");
    }

    [Fact]
    public async Task A_review_published_without_a_url_gets_the_case_url_from_the_template()
    {
        var (caseId, _) = await CaseOnQuote(null);
        var document = JsonNode.Parse(await Ana.GetStringAsync($"/api/cases/{caseId}/claim-review"))!.AsObject();
        document["url"]!.GetValue<string>().ShouldBe($"/api/cases/{caseId}/claim-review");
    }

    [Fact]
    public async Task An_unpublished_case_has_no_claim_review_yet()
    {
        var (caseId, _) = await CaseOnQuote(null, publish: false);
        var response = await Ana.GetAsync($"/api/cases/{caseId}/claim-review");
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem(response)).GetProperty("currentState").GetString().ShouldBe("approved");
        (await Ana.GetAsync($"/api/cases/{Guid.NewGuid()}/claim-review")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_feed_lists_published_reviews_newest_first_as_valid_json_ld()
    {
        var (older, _) = await CaseOnQuote("https://claimcheck.example/reviews/older");
        var (newer, _) = await CaseOnQuote("https://claimcheck.example/reviews/newer");

        var response = await Ana.GetAsync("/api/claim-reviews?pageSize=500");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/ld+json");
        var feed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();
        feed.ShouldAllBe(review => ClaimReviewValidator.IsValid(review!.AsObject()));
        var urls = feed.Select(review => review!["url"]!.GetValue<string>()).ToList();
        urls.IndexOf("https://claimcheck.example/reviews/newer").ShouldBeLessThan(urls.IndexOf("https://claimcheck.example/reviews/older"));
        urls.IndexOf("https://claimcheck.example/reviews/older").ShouldBeGreaterThanOrEqualTo(0);
        long.Parse(response.Headers.GetValues("X-Total-Count").Single()).ShouldBeGreaterThanOrEqualTo(2);

        var firstPage = await Ana.GetAsync("/api/claim-reviews?pageSize=1");
        JsonNode.Parse(await firstPage.Content.ReadAsStringAsync())!.AsArray().Count.ShouldBe(1);
        var link = firstPage.Headers.GetValues("Link").Single();
        link.ShouldContain("cursor=");
        link.ShouldEndWith("; rel=\"next\"");
        var second = await Ana.GetAsync(link[1..link.IndexOf('>')]);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var secondFeed = JsonNode.Parse(await second.Content.ReadAsStringAsync())!.AsArray();
        secondFeed.Count.ShouldBe(1);
        secondFeed[0]!["url"]!.GetValue<string>().ShouldBe(urls[1]);
    }
}
