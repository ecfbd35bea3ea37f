using System.Globalization;
using System.Net;
using System.Text.Json;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Review;

[Collection(ApiCollection.Name)]
public sealed class CaseHistoryTests(ApiFixture api)
{
    private HttpClient Ana => api.As(TestUsers.FactChecker);
    private HttpClient Chloe => api.As(TestUsers.Editor);
    private HttpClient David => api.As(TestUsers.SecondEditor);
    private HttpClient Emma => api.As(TestUsers.Auditor);

    private static readonly string[] StatesByVersion = ["open", "inreview", "verdictproposed", "approved", "published"];

    /// <summary>A flagged case taken, proposed, approved and published: five versions.</summary>
    private async Task<Guid> PublishedCase()
    {
        var caseId = await FlagCase(api);
        (await Act(Ana, caseId, "take", "\"1\"")).EnsureSuccessStatusCode();
        (await Act(Ana, caseId, "propose", "\"2\"", new { verdict = "unsupported", rationale = "No source given.", evidenceLinks = new[] { "https://e.example/1" } }))
            .EnsureSuccessStatusCode();
        (await Act(Chloe, caseId, "approve", "\"3\"")).EnsureSuccessStatusCode();
        (await Act(David, caseId, "publish", "\"4\"")).EnsureSuccessStatusCode();
        return caseId;
    }

    [Fact]
    public async Task Every_past_version_of_a_case_can_be_read_exactly_as_it_stood()
    {
        var caseId = await PublishedCase();

        for (var version = 1; version <= StatesByVersion.Length; version++)
        {
            var response = await Emma.GetAsync($"/api/cases/{caseId}?version={version}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            ETagOf(response).ShouldBe($"\"{version}\"");
            var body = await Json(response);
            body.GetProperty("version").GetInt64().ShouldBe(version);
            body.GetProperty("state").GetString().ShouldBe(StatesByVersion[version - 1]);
        }
        var atTwo = await Json(await Emma.GetAsync($"/api/cases/{caseId}?version=2"));
        atTwo.GetProperty("assignee").GetString().ShouldBe(TestUsers.FactChecker);
        atTwo.GetProperty("proposal").ValueKind.ShouldBe(JsonValueKind.Null);

        (await Emma.GetAsync($"/api/cases/{caseId}?version=6")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Emma.GetAsync($"/api/cases/{caseId}?version=0")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Emma.GetAsync($"/api/cases/{caseId}?version=two")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_case_read_as_of_an_instant_is_the_version_reached_by_then_and_404_before_it_existed()
    {
        var caseId = await PublishedCase();
        var history = (await Json(await Emma.GetAsync($"/api/cases/{caseId}/history"))).EnumerateArray().ToArray();

        foreach (var e in history)
        {
            var at = e.GetProperty("timestamp").GetDateTimeOffset();
            var version = e.GetProperty("version").GetInt64();
            var response = await Emma.GetAsync($"/api/cases/{caseId}?asOf={Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture))}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            ETagOf(response).ShouldBe($"\"{version}\"");
            (await Json(response)).GetProperty("state").GetString().ShouldBe(StatesByVersion[version - 1]);
        }

        var before = history[0].GetProperty("timestamp").GetDateTimeOffset().AddSeconds(-1);
        var tooEarly = await Emma.GetAsync($"/api/cases/{caseId}?asOf={Uri.EscapeDataString(before.ToString("O", CultureInfo.InvariantCulture))}");
        tooEarly.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await Problem(tooEarly);
        (await Emma.GetAsync($"/api/cases/{caseId}?asOf=yesterday")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_history_lists_every_event_in_order_with_actor_metadata_and_the_judgement_that_opened_the_case()
    {
        var caseId = await PublishedCase();

        var history = (await Json(await Emma.GetAsync($"/api/cases/{caseId}/history"))).EnumerateArray().ToArray();

        history.Select(e => e.GetProperty("version").GetInt64()).ShouldBe([1L, 2, 3, 4, 5]);
        history.Select(e => e.GetProperty("type").GetString()).ShouldBe(
            ["contradiction_flagged", "review_started", "verdict_proposed", "verdict_approved", "verdict_published"]);
        history.Select(e => e.GetProperty("user").GetString()).ShouldBe(
            ["system", TestUsers.FactChecker, TestUsers.FactChecker, TestUsers.Editor, TestUsers.SecondEditor]);
        history.Skip(1).ShouldAllBe(e => !string.IsNullOrEmpty(e.GetProperty("correlationId").GetString()));
        history.ShouldAllBe(e => e.GetProperty("streamId").GetGuid() == caseId);

        var judgement = history[0].GetProperty("data");
        judgement.GetProperty("modelVersion").GetString().ShouldBe("judge-model-7");
        judgement.GetProperty("rulesVersion").GetString().ShouldBe("rules-3");
        judgement.GetProperty("features").GetProperty("polarity").GetSingle().ShouldBe(1f);
        judgement.GetProperty("probabilities").GetProperty("contradiction").GetDouble().ShouldBe(0.8);
        judgement.GetProperty("score").GetDouble().ShouldBe(0.8);
        history[2].GetProperty("data").GetProperty("rationale").GetString().ShouldBe("No source given.");
    }

    [Fact]
    public async Task The_stored_case_and_queue_row_match_a_replay_of_the_case_stream()
    {
        var caseId = await PublishedCase();
        (await Act(Chloe, caseId, "reopen", "\"5\"", new { reason = "A correction was issued." })).EnsureSuccessStatusCode();

        var report = await api.Host.Services.GetRequiredService<ReadModelReplay>().RunAsync(CancellationToken.None);

        // Only the review read models: FlagSummary, also built from this stream, keeps the version of the one
        // event it handles while a replay stamps the stream's last version (reported to the judging slice).
        report.Differences.Where(d => d.StreamId == caseId && d.ReadModel is "Case" or "ReviewQueueItem").ShouldBeEmpty();
    }
}
