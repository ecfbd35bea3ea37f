using System.Text.Json.Nodes;
using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Every text field of every JSON body, with each kind of bad value its rules refuse.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class BodyFieldFaultTests(FaultFixture faults)
{
    public static TheoryData<string, string, string> BadFields()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var endpoint in FaultEndpoints.All)
        foreach (var field in endpoint.Fields)
        foreach (var kind in FaultEndpoints.BadKinds(endpoint, field))
            data.Add(endpoint.Name, field.Name, kind);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_text_field_is_a_400_problem_naming_it_and_nothing_is_stored(string endpointName, string field, string kind)
    {
        var endpoint = FaultEndpoints.Named(endpointName);
        var limits = endpoint.Fields.Single(f => f.Name == field);
        var before = await faults.StoredEvents();

        var body = FaultEndpoints.With(endpoint, field, JsonValue.Create(FaultEndpoints.BadValue(kind, limits)));
        var response = await faults.Send(endpoint.User, "POST", endpoint.Path, FaultFixture.Json(body));

        await faults.ShouldBeRefused(response, 400, field, before);
    }

    public static TheoryData<string, string> BadEvidenceLists() => new()
    {
        { "null-link", """{"verdict":"contradicted","rationale":"r","evidenceLinks":["https://a.example",null]}""" },
        { "too-many-links", $$"""{"verdict":"contradicted","rationale":"r","evidenceLinks":[{{string.Join(",", Enumerable.Range(0, 21).Select(i => $"\"https://e.example/{i}\""))}}]}""" },
    };

    [Theory]
    [MemberData(nameof(BadEvidenceLists))]
    public async Task A_null_evidence_link_or_more_links_than_the_limit_is_a_400_problem(string label, string body)
    {
        var before = await faults.StoredEvents();
        var response = await faults.Send(TestUsers.FactChecker, "POST", $"/api/cases/{FaultEndpoints.CaseId}/propose", FaultFixture.Json(body));
        await faults.ShouldBeRefused(response, 400, label == "null-link" ? "evidenceLinks[1]" : "evidenceLinks", before);
    }

    [Fact]
    public async Task Publish_refuses_a_huge_url_without_repeating_it()
    {
        var before = await faults.StoredEvents();
        var url = "https://claimcheck.example/" + new string('u', 60_000);
        var response = await faults.Send(TestUsers.Editor, "POST", $"/api/cases/{FaultEndpoints.CaseId}/publish",
            FaultFixture.Json(new JsonObject { ["url"] = url }.ToJsonString()));

        var problem = await faults.ShouldBeRefused(response, 400, "url", before);
        problem.ToString().ShouldNotContain("uuuuuuuu");
    }
}
