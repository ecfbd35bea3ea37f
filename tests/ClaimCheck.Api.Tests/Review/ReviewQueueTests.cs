using System.Net;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Review;

[Collection(ApiCollection.Name)]
public sealed class ReviewQueueTests(ApiFixture api)
{
    private HttpClient Ana => api.As(TestUsers.FactChecker);

    private async Task<JsonElement> Queue(string query)
    {
        var response = await Ana.GetAsync($"/api/review-queue?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await Json(response);
    }

    private static Guid[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    [Fact]
    public async Task The_queue_filters_by_speaker_state_assignee_article_label_and_score_highest_score_first()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var sharedArticle = Guid.NewGuid();
        var low = await FlagCase(api, Flagged(0.55, speaker));
        var high = await FlagCase(api, Flagged(0.95, speaker, firstArticleId: sharedArticle));
        var middle = await FlagCase(api, Flagged(0.75, speaker, label: "numbers-differ"));
        await FlagCase(api, Flagged(0.99));
        (await Act(api.As(TestUsers.SecondFactChecker), middle, "take", "\"1\"")).EnsureSuccessStatusCode();

        Ids(await Queue($"speaker={speaker}")).ShouldBe([high, middle, low]);
        Ids(await Queue($"speaker={speaker}&state=open")).ShouldBe([high, low]);
        Ids(await Queue($"speaker={speaker}&state=in-review")).ShouldBe([middle]);
        Ids(await Queue($"speaker={speaker}&assignee={TestUsers.SecondFactChecker}")).ShouldBe([middle]);
        Ids(await Queue($"article={sharedArticle}")).ShouldBe([high]);
        Ids(await Queue($"speaker={speaker}&label=numbers-differ")).ShouldBe([middle]);
        Ids(await Queue($"speaker={speaker}&minScore=0.7")).ShouldBe([high, middle]);

        var item = (await Queue($"speaker={speaker}&state=inreview")).GetProperty("items")[0];
        item.GetProperty("state").GetString().ShouldBe("inreview");
        item.GetProperty("assignee").GetString().ShouldBe(TestUsers.SecondFactChecker);
        item.GetProperty("version").GetInt64().ShouldBe(2);
    }

    [Fact]
    public async Task The_queue_is_paged_and_equal_scores_come_oldest_first()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var cases = new List<Guid>();
        for (var i = 0; i < 5; i++) cases.Add(await FlagCase(api, Flagged(0.6, speaker) with { JudgedAt = DateTimeOffset.UtcNow.AddMinutes(-10 + i) }));

        var first = await Queue($"speaker={speaker}&pageSize=2");
        Ids(first).ShouldBe(cases.Take(2).ToArray());
        first.GetProperty("totalCount").GetInt64().ShouldBe(5);
        first.GetProperty("hasNextPage").GetBoolean().ShouldBeTrue();

        var last = await Queue($"speaker={speaker}&pageSize=2&page=3");
        Ids(last).ShouldBe([cases[4]]);
        last.GetProperty("hasNextPage").GetBoolean().ShouldBeFalse();
    }

    [Theory]
    [InlineData("state=closed")]
    [InlineData("state=2")]
    [InlineData("minScore=1.5")]
    [InlineData("pageSize=0")]
    [InlineData("page=0")]
    public async Task Bad_queue_filters_are_400_problems(string query)
    {
        var response = await Ana.GetAsync($"/api/review-queue?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Problem(response);
    }
}
