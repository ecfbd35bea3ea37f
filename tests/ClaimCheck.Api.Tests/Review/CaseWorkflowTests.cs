using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Access;
using ClaimCheck.Api.Access;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Review;

[Collection(ApiCollection.Name)]
public sealed class CaseWorkflowTests(ApiFixture api)
{
    private HttpClient Ana => api.As(TestUsers.FactChecker);
    private HttpClient Bruno => api.As(TestUsers.SecondFactChecker);
    private HttpClient Chloe => api.As(TestUsers.Editor);
    private HttpClient David => api.As(TestUsers.SecondEditor);

    private static readonly object Proposal = new
    {
        verdict = "contradicted",
        rationale = "The two statements cannot both be true.",
        evidenceLinks = new[] { "https://evidence.example/budget" },
    };

    private static async Task<JsonElement> ExpectStep(HttpResponseMessage response, string state, long version)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        ETagOf(response).ShouldBe($"\"{version}\"");
        var body = await Json(response);
        body.GetProperty("state").GetString().ShouldBe(state);
        body.GetProperty("version").GetInt64().ShouldBe(version);
        return body;
    }

    [Fact]
    public async Task A_flagged_case_goes_through_take_propose_send_back_propose_approve_publish_and_reopen()
    {
        var caseId = await FlagCase(api);

        await ExpectStep(await Act(Ana, caseId, "take", "\"1\""), "inreview", 2);
        var proposed = await ExpectStep(await Act(Ana, caseId, "propose", "\"2\"", Proposal), "verdictproposed", 3);
        proposed.GetProperty("proposal").GetProperty("verdict").GetString().ShouldBe("contradicted");
        proposed.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["approveverdict", "sendbackverdict"]);

        var sentBack = await ExpectStep(await Act(Chloe, caseId, "send-back", "W/\"3\"", new { reason = "Cite the second article." }), "sentback", 4);
        sentBack.GetProperty("lastSendBackReason").GetString().ShouldBe("Cite the second article.");

        await ExpectStep(await Act(Ana, caseId, "propose", "4", new { verdict = "misleading", rationale = "Out of context.", evidenceLinks = Array.Empty<string>() }),
            "verdictproposed", 5);
        var approved = await ExpectStep(await Act(David, caseId, "approve", "\"5\""), "approved", 6);
        approved.GetProperty("approvedBy").GetString().ShouldBe(TestUsers.SecondEditor);

        var published = await ExpectStep(await Act(Chloe, caseId, "publish", "\"6\"", new { url = "https://claimcheck.example/reviews/42" }), "published", 7);
        var verdict = published.GetProperty("published");
        verdict.GetProperty("verdict").GetString().ShouldBe("misleading");
        verdict.GetProperty("proposedBy").GetString().ShouldBe(TestUsers.FactChecker);
        verdict.GetProperty("approvedBy").GetString().ShouldBe(TestUsers.SecondEditor);
        verdict.GetProperty("publishedBy").GetString().ShouldBe(TestUsers.Editor);

        var reopened = await ExpectStep(await Act(David, caseId, "reopen", "\"7\"", new { reason = "New figures were released." }), "open", 8);
        reopened.GetProperty("assignee").ValueKind.ShouldBe(JsonValueKind.Null);
        reopened.GetProperty("published").GetProperty("verdict").GetString().ShouldBe("misleading");

        var current = await Ana.GetAsync($"/api/cases/{caseId}");
        await ExpectStep(current, "open", 8);
    }

    [Fact]
    public async Task Opening_a_case_by_hand_answers_201_with_location_and_etag()
    {
        var (articleId, quote) = await ArticleWithQuote(api, "Le déficit sera de 3 % en 2027", "Marie Dupont");
        var claimId = quote.QuoteId;
        var response = await Ana.PostAsJsonAsync("/api/cases",
            new { claimId, articleId, speakerId = "speaker:dupont", note = "This figure looks twice too high." });

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        ETagOf(response).ShouldBe("\"1\"");
        var body = await Json(response);
        var caseId = body.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/cases/{caseId}");
        body.GetProperty("state").GetString().ShouldBe("open");
        body.GetProperty("origin").GetString().ShouldBe("opened-by-hand");
        body.GetProperty("claimIds")[0].GetGuid().ShouldBe(claimId);
        body.GetProperty("note").GetString().ShouldBe("This figure looks twice too high.");

        var read = await Chloe.GetAsync($"/api/cases/{caseId}");
        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        ETagOf(read).ShouldBe("\"1\"");
    }

    [Fact]
    public async Task Opening_a_case_by_hand_without_a_note_or_a_claim_is_a_400_problem()
    {
        var noNote = await Ana.PostAsJsonAsync("/api/cases", new { claimId = Guid.NewGuid(), articleId = Guid.NewGuid(), note = " " });
        noNote.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(noNote)).GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()).ShouldBe(["openbyhand"]);

        var noClaim = await Ana.PostAsJsonAsync("/api/cases", new { articleId = Guid.NewGuid(), note = "Check it." });
        noClaim.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Problem(noClaim);
    }

    [Fact]
    public async Task An_action_the_state_does_not_allow_is_a_409_naming_the_state_and_the_allowed_actions()
    {
        var caseId = await FlagCase(api);

        var approve = await Act(Chloe, caseId, "approve", "\"1\"");
        approve.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await Problem(approve);
        problem.GetProperty("currentState").GetString().ShouldBe("open");
        Strings(problem.GetProperty("allowedActions")).ShouldBe(["take"]);
        problem.GetProperty("attempted").GetString().ShouldBe("approveverdict");

        var publish = await Act(Chloe, caseId, "publish", "\"1\"");
        publish.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem(publish)).GetProperty("currentState").GetString().ShouldBe("open");

        await ExpectStep(await Act(Ana, caseId, "take", "\"1\""), "inreview", 2);
        var reopen = await Act(Chloe, caseId, "reopen", "\"2\"", new { reason = "Because." });
        reopen.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var reopenProblem = await Problem(reopen);
        reopenProblem.GetProperty("currentState").GetString().ShouldBe("inreview");
        Strings(reopenProblem.GetProperty("allowedActions")).ShouldBe(["take", "proposeverdict"]);
    }

    [Fact]
    public async Task Only_the_assignee_may_propose_and_an_empty_rationale_or_unknown_verdict_is_a_400()
    {
        var caseId = await FlagCase(api);
        await ExpectStep(await Act(Ana, caseId, "take", "\"1\""), "inreview", 2);

        var byOther = await Act(Bruno, caseId, "propose", "\"2\"", Proposal);
        byOther.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await Problem(byOther)).GetProperty("reason").GetString().ShouldBe("NotTheAssignee");

        var noRationale = await Act(Ana, caseId, "propose", "\"2\"", new { verdict = "accurate", rationale = "" });
        noRationale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Problem(noRationale)).GetProperty("currentState").GetString().ShouldBe("inreview");

        var unknownVerdict = await Act(Ana, caseId, "propose", "\"2\"", new { verdict = "pants-on-fire", rationale = "Nope." });
        unknownVerdict.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        Strings((await Problem(unknownVerdict)).GetProperty("verdicts")).ShouldContain("not-a-contradiction");

        await ExpectStep(await Ana.GetAsync($"/api/cases/{caseId}"), "inreview", 2);
    }

    [Fact]
    public async Task Four_eyes_a_user_who_proposed_a_verdict_cannot_approve_it_even_holding_the_editor_role()
    {
        await using var scope = api.Host.Services.CreateAsyncScope();
        var issued = (IssuedApiKey)await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<object>(
            new RegisterUser($"both-{Guid.NewGuid():N}"[..20], [Role.FactChecker, Role.Editor], "test-setup"));
        using var both = ClientWithKey(api, issued.ApiKey);
        var caseId = await FlagCase(api);

        await ExpectStep(await Act(both, caseId, "take", "\"1\""), "inreview", 2);
        await ExpectStep(await Act(both, caseId, "propose", "\"2\"", Proposal), "verdictproposed", 3);

        var selfApproval = await Act(both, caseId, "approve", "\"3\"");
        selfApproval.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await Problem(selfApproval);
        problem.GetProperty("reason").GetString().ShouldBe("SameUserAsProposer");
        problem.GetProperty("currentState").GetString().ShouldBe("verdictproposed");

        await ExpectStep(await Act(Chloe, caseId, "approve", "\"3\""), "approved", 4);
    }

    [Fact]
    public async Task A_change_without_if_match_is_refused_with_428_and_a_malformed_one_with_400()
    {
        var caseId = await FlagCase(api);

        var missing = await Act(Ana, caseId, "take", null);
        missing.StatusCode.ShouldBe((HttpStatusCode)428);
        (await Problem(missing)).GetProperty("title").GetString().ShouldBe("If-Match required");

        var malformed = await Act(Ana, caseId, "take", "\"latest\"");
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Problem(malformed);

        await ExpectStep(await Ana.GetAsync($"/api/cases/{caseId}"), "open", 1);
    }

    [Fact]
    public async Task Acting_on_an_unknown_case_is_a_404_problem()
    {
        var response = await Act(Ana, Guid.NewGuid(), "take", "\"1\"");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await Problem(response);
        (await Ana.GetAsync($"/api/cases/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Ana.GetAsync($"/api/cases/{Guid.NewGuid()}/history")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Two_clients_acting_on_the_same_version_one_wins_the_other_gets_412_and_nothing_else_changes()
    {
        var caseId = await FlagCase(api);

        var responses = await Task.WhenAll(Act(Ana, caseId, "take", "\"1\""), Act(Bruno, caseId, "take", "\"1\""));

        responses.Select(r => r.StatusCode).Order().ShouldBe([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed]);
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        var loser = responses.Single(r => r.StatusCode == HttpStatusCode.PreconditionFailed);
        var problem = await Problem(loser);
        problem.GetProperty("currentVersion").GetInt64().ShouldBe(2);
        ETagOf(loser).ShouldBe("\"2\"");

        var assignee = (await Json(winner)).GetProperty("assignee").GetString();
        var current = await Json(await Chloe.GetAsync($"/api/cases/{caseId}"));
        current.GetProperty("version").GetInt64().ShouldBe(2);
        current.GetProperty("assignee").GetString().ShouldBe(assignee);
        var history = await Json(await Chloe.GetAsync($"/api/cases/{caseId}/history"));
        history.GetArrayLength().ShouldBe(2);

        var stale = await Act(Bruno, caseId, "take", "\"1\"");
        stale.StatusCode.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await Json(await Chloe.GetAsync($"/api/cases/{caseId}/history"))).GetArrayLength().ShouldBe(2);
    }
}
