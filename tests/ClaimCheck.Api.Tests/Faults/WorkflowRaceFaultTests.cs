using System.Net;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>
/// Every state-changing step of the review workflow, raced: three identical requests sent at once with the same
/// If-Match. Exactly one wins, the others are told the case moved on (412), and the audit chain stays intact.
/// </summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Faults")]
public sealed class WorkflowRaceFaultTests(ApiFixture api)
{
    private static readonly object Proposal = new { verdict = "contradicted", rationale = "The later article says the opposite.", evidenceLinks = new[] { "https://example.org/a" } };

    /// <summary>The steps that bring a case to the state the raced step starts from, then the raced step itself.</summary>
    public static IEnumerable<object[]> Steps() =>
    [
        ["take", 0],
        ["propose", 1],
        ["approve", 2],
        ["send-back", 2],
        ["publish", 3],
        ["reopen", 4],
    ];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task A_raced_step_is_taken_once_and_the_chain_stays_intact(string step, int stepsBefore)
    {
        var caseId = await FlagCase(api);
        var version = 1;
        var path = new (string Action, string User, object? Body)[]
        {
            ("take", TestUsers.FactChecker, null),
            ("propose", TestUsers.FactChecker, Proposal),
            ("approve", TestUsers.Editor, null),
            ("publish", TestUsers.Editor, new { url = "https://claimcheck.example/reviews/race" }),
        };
        for (var s = 0; s < stepsBefore; s++)
        {
            var response = await Act(api.As(path[s].User), caseId, path[s].Action, $"\"{version}\"", path[s].Body);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
            version++;
        }
        var (user, body) = step switch
        {
            "take" => (TestUsers.FactChecker, (object?)null),
            "propose" => (TestUsers.FactChecker, Proposal),
            "approve" => (TestUsers.Editor, null),
            "send-back" => (TestUsers.Editor, new { reason = "Cite the second article." }),
            "publish" => (TestUsers.Editor, new { url = "https://claimcheck.example/reviews/race" }),
            _ => (TestUsers.Editor, (object?)new { reason = "New evidence." }),
        };

        var raced = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Act(api.As(user), caseId, step, $"\"{version}\"", body)));

        raced.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1, string.Join(", ", raced.Select(r => r.StatusCode)));
        raced.Where(r => r.StatusCode != HttpStatusCode.OK).ShouldAllBe(r => r.StatusCode == HttpStatusCode.PreconditionFailed || r.StatusCode == HttpStatusCode.Conflict);
        var report = await api.Host.Services.GetRequiredService<EventChainAudit>().VerifyAsync(CancellationToken.None);
        report.IsIntact.ShouldBeTrue(string.Join("; ", report.Broken.Select(b => $"{b.StreamId} v{b.FirstBrokenVersion} {b.Break}")));
    }
}
