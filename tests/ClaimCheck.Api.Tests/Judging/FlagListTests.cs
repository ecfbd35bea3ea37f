using System.Net;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Judging;

/// <summary>/api/flags from its indexed list: order, every filter, counts, and keyset cursors.</summary>
[Collection(ApiCollection.Name)]
public sealed class FlagListTests(ApiFixture api)
{
    private HttpClient Reader => api.As(TestUsers.Auditor);

    private async Task<(JsonElement Body, HttpResponseMessage Response)> Get(string url)
    {
        var response = await Reader.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response), response);
    }

    private async Task<Guid[]> Ids(string query) =>
        (await Get($"/api/flags?{query}")).Body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    private async Task<long> Total(string query) => (await Get($"/api/flags?{query}")).Body.GetProperty("totalCount").GetInt64();

    [Fact]
    public async Task Flags_are_listed_by_score_then_oldest_and_each_filter_finds_exactly_its_flags()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var label = $"label-{Guid.NewGuid():N}";
        var article = Guid.NewGuid();
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        var high = await FlagCase(api, Flagged(0.9, speaker, label: label) with { JudgedAt = start });
        var tieOld = await FlagCase(api, Flagged(0.6, speaker, firstArticleId: article) with { JudgedAt = start });
        var tieNew = await FlagCase(api, Flagged(0.6, speaker, label: label) with { JudgedAt = start.AddMinutes(1) });
        var sameArticle = Flagged(0.3, speaker, firstArticleId: article, label: label) with { JudgedAt = start };
        var low = await FlagCase(api, sameArticle with { SecondArticleId = article });

        (await Ids($"speaker={speaker}")).ShouldBe([high, tieOld, tieNew, low]);
        (await Total($"speaker={speaker}")).ShouldBe(4);
        (await Ids($"label={label}")).ShouldBe([high, tieNew, low]);
        // A flag within one article is listed once under it.
        (await Ids($"article={article}")).ShouldBe([tieOld, low]);
        (await Total($"article={article}")).ShouldBe(2);
        (await Ids($"speaker={speaker}&label={label}&minScore=0.5")).ShouldBe([high, tieNew]);
        (await Total($"speaker={speaker}&minScore=0.6")).ShouldBe(3);
        (await Ids($"speaker={speaker}&minScore=0.95")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Following_next_cursors_walks_every_flag_once_and_page_numbers_agree()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var expected = new List<Guid>();
        foreach (var score in new[] { 0.95, 0.85, 0.75, 0.65, 0.55 }) expected.Add(await FlagCase(api, Flagged(score, speaker)));
        var walked = new List<Guid>();
        string? url = $"/api/flags?speaker={speaker}&pageSize=2";
        while (url is not null)
        {
            var (body, response) = await Get(url);
            body.GetProperty("totalCount").GetInt64().ShouldBe(5);
            walked.AddRange(body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            url = response.Headers.TryGetValues("Link", out var links) ? links.Single()[1..links.Single().IndexOf('>')] : null;
            body.GetProperty("hasNextPage").GetBoolean().ShouldBe(url is not null);
        }
        walked.ShouldBe(expected);
        (await Ids($"speaker={speaker}&pageSize=2&page=3")).ShouldBe([expected[4]]);
    }

    [Fact]
    public async Task A_cursor_from_elsewhere_or_with_a_page_number_is_a_400_naming_cursor()
    {
        foreach (var query in new[] { "cursor=not-a-cursor", "cursor=MXwwfDB8MHwx", "page=2&cursor=MXwwfDB8MHwx" })
        {
            var response = await Reader.GetAsync($"/api/flags?{query}");
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, query);
            (await Problem(response)).GetProperty("errors").TryGetProperty("cursor", out _).ShouldBeTrue(query);
        }
    }
}
