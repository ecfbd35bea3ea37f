using System.Net;
using System.Text.Json;
using ClaimCheck.Api.Lists;
using ClaimCheck.Api.Review;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Review;

/// <summary>The queue's indexed list: keyset cursors, counts kept with each write, and a rebuild of a list never built.</summary>
[Collection(ApiCollection.Name)]
public sealed class ReviewQueueIndexTests(ApiFixture api)
{
    private HttpClient Ana => api.As(TestUsers.FactChecker);

    private async Task<(JsonElement Body, HttpResponseMessage Response)> Get(string url)
    {
        var response = await Ana.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await Json(response), response);
    }

    private static Guid[] Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToArray();

    private async Task<long> Total(string query) => (await Get($"/api/review-queue?{query}")).Body.GetProperty("totalCount").GetInt64();

    [Fact]
    public async Task Following_next_cursors_walks_the_whole_queue_once_in_order_with_hand_opened_ties_and_equal_scores()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var start = DateTimeOffset.UtcNow.AddHours(-1);
        var expected = new List<Guid>();
        // Equal scores at the same instant are ordered by id, so pages must split ties without losing or repeating any.
        foreach (var score in new[] { 0.9, 0.7, 0.7, 0.7, 0.7, 0.5, 0.3 })
            expected.Add(await FlagCase(api, Flagged(score, speaker) with { JudgedAt = score == 0.7 ? start : start.AddSeconds(expected.Count) }));
        var byPage = new List<Guid>();
        var url = $"/api/review-queue?speaker={speaker}&pageSize=2";
        var pages = 0;
        while (url is not null)
        {
            var (body, response) = await Get(url);
            pages++;
            body.GetProperty("pageNumber").GetInt32().ShouldBe(pages);
            body.GetProperty("totalCount").GetInt64().ShouldBe(7);
            byPage.AddRange(Ids(body));
            var cursor = body.GetProperty("nextCursor");
            body.GetProperty("hasNextPage").GetBoolean().ShouldBe(cursor.ValueKind == JsonValueKind.String);
            if (cursor.ValueKind != JsonValueKind.String)
            {
                response.Headers.Contains("Link").ShouldBeFalse();
                url = null;
                continue;
            }
            var link = response.Headers.GetValues("Link").Single();
            link.ShouldContain($"speaker={Uri.EscapeDataString(speaker)}");
            url = link[1..link.IndexOf('>')];
            url.ShouldContain($"cursor={cursor.GetString()}");
        }
        pages.ShouldBe(4);
        var ordered = new[] { expected[0] }.Concat(expected.Skip(1).Take(4).OrderBy(id => id)).Concat(expected.Skip(5)).ToArray();
        byPage.ShouldBe(ordered);
        // Page numbers still work and agree with the cursor walk.
        Ids((await Get($"/api/review-queue?speaker={speaker}&pageSize=2&page=2")).Body).ShouldBe(ordered.Skip(2).Take(2).ToArray());
    }

    [Fact]
    public async Task Counts_follow_each_case_through_the_workflow_for_every_filter()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var label = $"label-{Guid.NewGuid():N}";
        var article = Guid.NewGuid();
        var taken = await FlagCase(api, Flagged(0.9, speaker, firstArticleId: article, label: label));
        await FlagCase(api, Flagged(0.8, speaker, label: label));
        await FlagCase(api, Flagged(0.7, speaker));

        (await Total($"speaker={speaker}")).ShouldBe(3);
        (await Total($"speaker={speaker}&state=open")).ShouldBe(3);
        (await Total($"label={label}&state=open")).ShouldBe(2);
        (await Total($"article={article}")).ShouldBe(1);
        (await Total($"speaker={speaker}&label={label}")).ShouldBe(2);
        (await Total($"speaker={speaker}&minScore=0.75")).ShouldBe(2);

        (await Act(api.As(TestUsers.SecondFactChecker), taken, "take", "\"1\"")).EnsureSuccessStatusCode();

        (await Total($"speaker={speaker}")).ShouldBe(3);
        (await Total($"speaker={speaker}&state=open")).ShouldBe(2);
        (await Total($"speaker={speaker}&state=inreview")).ShouldBe(1);
        (await Total($"label={label}&state=open")).ShouldBe(1);
        (await Total($"article={article}&state=inreview")).ShouldBe(1);
        (await Total($"assignee={TestUsers.SecondFactChecker}&speaker={speaker}")).ShouldBe(1);
        var unfilteredOpen = await Total("state=open");
        unfilteredOpen.ShouldBe(await CountInDocuments(q => q.Where(i => i.State == ClaimCheck.Review.CaseState.Open)));
    }

    /// <summary>The counts endpoint's answer, with each state checked against the queue's own total for that state.</summary>
    private async Task<Dictionary<string, long>> States(string query)
    {
        var body = (await Get($"/api/review-queue/counts?{query}")).Body;
        var states = body.GetProperty("states").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt64());
        states.Keys.ShouldBe(["open", "inreview", "verdictproposed", "approved", "sentback", "published"]);
        body.GetProperty("total").GetInt64().ShouldBe(states.Values.Sum());
        body.GetProperty("total").GetInt64().ShouldBe(await Total(query));
        foreach (var (state, cases) in states) cases.ShouldBe(await Total($"{query}&state={state}"), state);
        return states;
    }

    [Fact]
    public async Task Counts_per_state_follow_a_case_through_the_workflow_for_one_filter_and_for_combinations()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        var label = $"label-{Guid.NewGuid():N}";
        var taken = await FlagCase(api, Flagged(0.9, speaker, label: label));
        await FlagCase(api, Flagged(0.8, speaker, label: label));
        await FlagCase(api, Flagged(0.4, speaker));

        (await States($"speaker={speaker}"))["open"].ShouldBe(3);
        (await States($"speaker={speaker}&label={label}"))["open"].ShouldBe(2);
        (await States($"speaker={speaker}&minScore=0.5"))["open"].ShouldBe(2);

        (await Act(api.As(TestUsers.SecondFactChecker), taken, "take", "\"1\"")).EnsureSuccessStatusCode();

        var bySpeaker = await States($"speaker={speaker}");
        (bySpeaker["open"], bySpeaker["inreview"], bySpeaker["published"]).ShouldBe((2L, 1L, 0L));
        var combined = await States($"speaker={speaker}&label={label}&minScore=0.85");
        (combined["open"], combined["inreview"]).ShouldBe((0L, 1L));
        (await States($"assignee={TestUsers.SecondFactChecker}&speaker={speaker}"))["inreview"].ShouldBe(1);
        (await States($"label={label}-none")).Values.Sum().ShouldBe(0);
    }

    [Theory]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=MXwwfDB8MHwx", "cursor")]
    public async Task A_cursor_this_service_did_not_write_is_a_400_naming_it(string query, string field)
    {
        var response = await Ana.GetAsync($"/api/review-queue?{query}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_cursor_with_a_page_number_is_a_400()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        for (var i = 0; i < 3; i++) await FlagCase(api, Flagged(0.6, speaker));
        var cursor = (await Get($"/api/review-queue?speaker={speaker}&pageSize=1")).Body.GetProperty("nextCursor").GetString();
        var response = await Ana.GetAsync($"/api/review-queue?speaker={speaker}&pageSize=1&page=2&cursor={cursor}");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(response)).GetProperty("errors").TryGetProperty("cursor", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_list_never_built_at_its_version_is_rebuilt_from_the_documents_at_start_up()
    {
        var speaker = $"speaker:{Guid.NewGuid():N}";
        for (var i = 0; i < 4; i++) await FlagCase(api, Flagged(0.5 + i / 10.0, speaker));
        var before = await Get($"/api/review-queue?speaker={speaker}&state=open");
        var openBefore = await Total("state=open");

        // As on a database written before the list existed: no entries, no counts, no built version.
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
        {
            await connection.OpenAsync();
            await using var wipe = new NpgsqlCommand(
                "DELETE FROM claimcheck.cc_list_entry WHERE list = 'review-queue'; DELETE FROM claimcheck.cc_list_count WHERE list = 'review-queue'; " +
                "DELETE FROM claimcheck.cc_list_built WHERE list = 'review-queue';", connection);
            await wipe.ExecuteNonQueryAsync();
        }
        (await Total("state=open")).ShouldBe(0);

        var backfill = api.Host.Services.GetServices<IHostedService>().OfType<IndexedListBackfill>().Single();
        await backfill.StartAsync(CancellationToken.None);

        var after = await Get($"/api/review-queue?speaker={speaker}&state=open");
        Ids(after.Body).ShouldBe(Ids(before.Body));
        after.Body.GetProperty("totalCount").GetInt64().ShouldBe(4);
        (await Total("state=open")).ShouldBe(openBefore);
    }

    private async Task<long> CountInDocuments(Func<IQueryable<ClaimCheck.Review.ReviewQueueItem>, IQueryable<ClaimCheck.Review.ReviewQueueItem>> filter)
    {
        await using var session = api.Store.QuerySession();
        return await Marten.QueryableExtensions.CountAsync(filter(session.Query<ClaimCheck.Review.ReviewQueueItem>()));
    }
}
