using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Every list endpoint x every query parameter x bad values of that parameter's type.</summary>
[Collection(FaultCollection.Name)]
[Trait("Category", "Faults")]
public sealed class QueryParameterFaultTests(FaultFixture faults)
{
    private static readonly string Oversized = new('q', 201);

    private static readonly Dictionary<string, string[]> BadValuesByType = new()
    {
        ["page"] = ["abc", "0", "-1", "2147483647", "1.5", "%00"],
        ["pageSize"] = ["abc", "0", "501", "99999999999", "%00"],
        ["score"] = ["NaN", "Infinity", "abc", "1.5", "-0.1"],
        ["id"] = ["not-a-guid", "00000000-0000-0000-0000-000000000000", "%00"],
        ["text"] = ["%00", "%E2%80%AE", "ann%E2%80%8B", "a%0Ab", Oversized],
        ["state"] = ["nonsense", "%00"],
        ["instant"] = ["yesterday", "2026-13-01", "%00"],
        ["version"] = ["abc", "0", "-1", "99999999999999999999"],
    };

    private static readonly (string Path, (string Name, string Type)[] Parameters)[] ListEndpoints =
    [
        ("/api/flags", [("page", "page"), ("pageSize", "pageSize"), ("minScore", "score"), ("article", "id"), ("label", "text"), ("speaker", "text")]),
        ("/api/review-queue", [("page", "page"), ("pageSize", "pageSize"), ("minScore", "score"), ("article", "id"), ("label", "text"),
            ("speaker", "text"), ("assignee", "text"), ("state", "state")]),
        ("/api/review-queue/counts", [("minScore", "score"), ("article", "id"), ("label", "text"), ("speaker", "text"), ("assignee", "text")]),
        ("/api/claim-reviews", [("page", "page"), ("pageSize", "pageSize")]),
        ("/api/speakers/vladimir-putin/quotes", [("page", "page"), ("pageSize", "pageSize")]),
        ("/api/audit/export", [("from", "instant"), ("to", "instant")]),
        ($"/api/cases/{FaultEndpoints.CaseId}", [("version", "version"), ("asOf", "instant")]),
    ];

    public static TheoryData<string, string, string> BadQueries()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, parameters) in ListEndpoints)
        foreach (var (name, type) in parameters)
        foreach (var value in BadValuesByType[type])
            data.Add(path, name, value);
        return data;
    }

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task A_bad_query_value_is_a_400_problem_naming_the_parameter(string path, string parameter, string value)
    {
        var before = await faults.StoredEvents();
        // The auditor may read every one of these endpoints, the audit export included.
        var response = await faults.Send(TestUsers.Auditor, "GET", $"{path}?{parameter}={value}");
        await faults.ShouldBeRefused(response, 400, parameter, before);
    }

    [Fact]
    public async Task Several_bad_values_are_all_named_in_one_answer()
    {
        var before = await faults.StoredEvents();
        var response = await faults.Send(TestUsers.Auditor, "GET", "/api/flags?page=abc&pageSize=abc&minScore=NaN&article=not-a-guid");
        var problem = await faults.ShouldBeRefused(response, 400, null, before);
        problem.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldBe(["page", "pageSize", "minScore", "article"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("/api/flags?page=1000000&pageSize=500&minScore=0.5&article=0195f3c2-8d0e-7c41-9a6b-3f1e2d4c5b6a&label=contradiction&speaker=joe-biden")]
    [InlineData("/api/review-queue?state=open&assignee=fc-ana&page=2&pageSize=1&minScore=1")]
    [InlineData("/api/audit/export?from=2026-01-01T00:00:00Z&to=2026-01-02")]
    public async Task Good_values_at_the_edges_of_their_ranges_are_answered(string path)
    {
        var response = await faults.Send(TestUsers.Auditor, "GET", path);
        ((int)response.StatusCode).ShouldBe(200, await response.Content.ReadAsStringAsync());
    }
}
