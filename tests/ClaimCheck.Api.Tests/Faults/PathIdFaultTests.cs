using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Ids in the path that name nothing (the empty GUID) or that no speaker id could be.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class PathIdFaultTests(FaultFixture faults)
{
    private const string Empty = "00000000-0000-0000-0000-000000000000";

    public static TheoryData<string, string, string, string> EmptyIds() => new()
    {
        { TestUsers.Auditor, "GET", $"/api/articles/{Empty}", "id" },
        { TestUsers.Auditor, "GET", $"/api/articles/{Empty}/quotes", "id" },
        { TestUsers.Auditor, "GET", $"/api/flags/{Empty}", "id" },
        { TestUsers.Auditor, "GET", $"/api/cases/{Empty}", "id" },
        { TestUsers.Auditor, "GET", $"/api/cases/{Empty}/history", "id" },
        { TestUsers.Auditor, "GET", $"/api/cases/{Empty}/claim-review", "id" },
        { TestUsers.FactChecker, "POST", $"/api/cases/{Empty}/take", "id" },
        { TestUsers.FactChecker, "POST", $"/api/cases/{Empty}/propose", "id" },
        { TestUsers.Editor, "POST", $"/api/cases/{Empty}/approve", "id" },
        { TestUsers.Editor, "POST", $"/api/cases/{Empty}/send-back", "id" },
        { TestUsers.Editor, "POST", $"/api/cases/{Empty}/publish", "id" },
        { TestUsers.Editor, "POST", $"/api/cases/{Empty}/reopen", "id" },
        { TestUsers.FactChecker, "POST", $"/api/articles/{Empty}/quotes/{FaultEndpoints.QuoteId}/speaker", "articleId" },
        { TestUsers.FactChecker, "POST", $"/api/articles/{FaultEndpoints.ArticleId}/quotes/{Empty}/speaker", "quoteId" },
    };

    [Theory]
    [MemberData(nameof(EmptyIds))]
    public async Task The_empty_guid_as_a_path_id_is_a_404_problem_naming_the_parameter(string user, string method, string path, string parameter)
    {
        var before = await faults.StoredEvents();
        var body = method == "POST" ? FaultFixture.Json("""{"reason":"r","verdict":"contradicted","rationale":"r","speakerId":"joe-biden"}""") : null;
        var response = await faults.Send(user, method, path, body);

        var problem = await faults.ShouldBeRefused(response, 404, null, before);
        problem.GetProperty("parameter").GetString().ShouldBe(parameter);
    }

    [Theory]
    [InlineData("GET", "/api/speakers/ann%E2%80%8B/quotes")]
    [InlineData("GET", "/api/speakers/%E2%80%AEnidib-eoj/quotes")]
    [InlineData("POST", "/api/speakers/vladimir%01putin/aliases")]
    [InlineData("POST", "/api/speakers/joe%07biden/merge")]
    public async Task A_speaker_id_in_the_path_with_invisible_or_control_characters_is_a_400_problem(string method, string path)
    {
        var before = await faults.StoredEvents();
        var body = method == "POST" ? FaultFixture.Json("""{"alias":"V. P.","mergedId":"joe-biden","reason":"r"}""") : null;
        var response = await faults.Send(TestUsers.FactChecker, method, path, body);
        await faults.ShouldBeRefused(response, 400, "id", before);
    }
}
