using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Access;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClaimCheck.Api.Tests.Access;

/// <summary>
/// Every /api endpoint × every role and anonymous. The table is checked against the host's real routes, so an
/// endpoint added without a row here fails the build's tests instead of slipping past the matrix.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthorizationMatrixTests(ApiFixture api, ITestOutputHelper output)
{
    /// <summary>One endpoint: its route template as registered, a path with sample ids, and who may call it (null: any known user).</summary>
    public sealed record Row(string Method, string Template, string SamplePath, Permission? Permission);

    private static readonly string SampleId = Guid.NewGuid().ToString();

    public static readonly Row[] Endpoints =
    [
        new("POST", "/api/articles", "/api/articles", Permission.IngestArticles),
        new("GET", "/api/articles/{id}", $"/api/articles/{SampleId}", Permission.ReadContent),
        new("GET", "/api/articles/{id}/quotes", $"/api/articles/{SampleId}/quotes", Permission.ReadContent),
        new("POST", "/api/articles/{id}/reextract", $"/api/articles/{SampleId}/reextract", Permission.ReextractArticles),
        new("GET", "/api/admin/dead-letters", "/api/admin/dead-letters", Permission.ManageDeadLetters),
        new("POST", "/api/admin/dead-letters/{id}/replay", $"/api/admin/dead-letters/{SampleId}/replay", Permission.ManageDeadLetters),
        new("POST", "/api/admin/dead-letters/replay", "/api/admin/dead-letters/replay", Permission.ManageDeadLetters),
        new("GET", "/api/speakers/{id}/quotes", "/api/speakers/speaker:nobody/quotes", Permission.ReadContent),
        new("GET", "/api/speakers", "/api/speakers", Permission.ReadContent),
        new("POST", "/api/speakers", "/api/speakers", Permission.CorrectAttribution),
        new("POST", "/api/speakers/{id}/aliases", "/api/speakers/nobody-known/aliases", Permission.CorrectAttribution),
        new("POST", "/api/speakers/{id}/merge", "/api/speakers/nobody-known/merge", Permission.CorrectAttribution),
        new("POST", "/api/articles/{articleId}/quotes/{quoteId}/speaker", $"/api/articles/{SampleId}/quotes/{SampleId}/speaker", Permission.CorrectAttribution),
        new("GET", "/api/flags", "/api/flags", Permission.ReadContent),
        new("GET", "/api/flags/{id}", $"/api/flags/{SampleId}", Permission.ReadContent),
        new("GET", "/api/audit/export", "/api/audit/export?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z", Permission.ExportAudit),
        new("GET", "/api/audit/verify", "/api/audit/verify", Permission.ExportAudit),
        new("GET", "/api/audit/replay", "/api/audit/replay", Permission.ExportAudit),
        new("POST", "/api/users", "/api/users", Permission.ManageUsers),
        new("GET", "/api/users", "/api/users", Permission.ManageUsers),
        new("GET", "/api/users/me", "/api/users/me", null),
        new("GET", "/api/users/{id}", $"/api/users/{SampleId}", null),
        new("POST", "/api/users/{id}/keys", $"/api/users/{SampleId}/keys", Permission.ManageUsers),
        new("POST", "/api/users/{id}/keys/{keyId}/revoke", $"/api/users/{SampleId}/keys/k0/revoke", Permission.ManageUsers),
        new("POST", "/api/cases", "/api/cases", Permission.OpenCaseByHand),
        new("GET", "/api/cases/{id}", $"/api/cases/{SampleId}", Permission.ReadQueue),
        new("GET", "/api/cases/{id}/history", $"/api/cases/{SampleId}/history", Permission.ReadHistory),
        new("GET", "/api/cases/{id}/judgement", $"/api/cases/{SampleId}/judgement", Permission.ReadContent),
        new("POST", "/api/cases/{id}/take", $"/api/cases/{SampleId}/take", Permission.TakeCase),
        new("POST", "/api/cases/{id}/propose", $"/api/cases/{SampleId}/propose", Permission.ProposeVerdict),
        new("POST", "/api/cases/{id}/approve", $"/api/cases/{SampleId}/approve", Permission.ApproveVerdict),
        new("POST", "/api/cases/{id}/send-back", $"/api/cases/{SampleId}/send-back", Permission.SendBackVerdict),
        new("POST", "/api/cases/{id}/publish", $"/api/cases/{SampleId}/publish", Permission.PublishVerdict),
        new("POST", "/api/cases/{id}/reopen", $"/api/cases/{SampleId}/reopen", Permission.ReopenCase),
        new("GET", "/api/review-queue", "/api/review-queue", Permission.ReadQueue),
        new("GET", "/api/review-queue/counts", "/api/review-queue/counts", Permission.ReadQueue),
        new("GET", "/api/cases/{id}/claim-review", $"/api/cases/{SampleId}/claim-review", Permission.ReadContent),
        new("GET", "/api/claim-reviews", "/api/claim-reviews", Permission.ReadContent),
    ];

    /// <summary>One user per role; their clients come from the fixture.</summary>
    private static readonly (Role Role, string UserName)[] Callers =
    [
        (Role.FactChecker, TestUsers.FactChecker), (Role.Editor, TestUsers.Editor), (Role.Auditor, TestUsers.Auditor), (Role.Admin, TestUsers.Admin),
    ];

    [Fact]
    public void Every_api_route_of_the_host_has_a_row_in_the_matrix()
    {
        var routes = api.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"])
                .Select(method => $"{method} {Normalize(e.RoutePattern.RawText ?? "")}"))
            .Where(route => route.Split(' ')[1].StartsWith("/api/", StringComparison.Ordinal) || route.EndsWith(" /api", StringComparison.Ordinal))
            .Distinct()
            .Order()
            .ToArray();
        var table = Endpoints.Select(row => $"{row.Method} {row.Template}").ToHashSet();

        routes.Length.ShouldBeGreaterThanOrEqualTo(Endpoints.Length);
        routes.Where(route => !table.Contains(route)).ShouldBeEmpty("these endpoints have no row in the authorization matrix");
        table.Where(row => !routes.Contains(row)).ShouldBeEmpty("these rows name endpoints the host does not have");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_with_a_problem_body_on_every_endpoint()
    {
        foreach (var row in Endpoints)
        {
            using var response = await Send(api.Anonymous, row);
            response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, $"{row.Method} {row.SamplePath}");
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", $"{row.Method} {row.SamplePath}");
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetInt32().ShouldBe(401);
        }
    }

    [Fact]
    public async Task Each_role_gets_403_exactly_where_the_permission_table_says_no()
    {
        var failures = new List<string>();
        foreach (var row in Endpoints)
        foreach (var (role, userName) in Callers)
        {
            using var response = await Send(api.As(userName), row);
            var allowed = row.Permission is not { } permission || PermissionTable.IsAllowed([role], permission);
            var status = (int)response.StatusCode;
            output.WriteLine($"{row.Method} {row.SamplePath} as {role}: {status}");
            if (allowed && status is 401 or 403)
                failures.Add($"{role} should be allowed {row.Method} {row.Template} but got {status}");
            if (!allowed && status != 403)
                failures.Add($"{role} should be refused {row.Method} {row.Template} with 403 but got {status}");
            if (!allowed && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                failures.Add($"{role} refused {row.Method} {row.Template} without a problem body");
        }
        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_user_who_is_not_an_admin_cannot_see_another_user_and_is_told_it_does_not_exist()
    {
        var other = api.KeyOf(TestUsers.Editor).UserId;
        var response = await api.As(TestUsers.FactChecker).GetAsync($"/api/users/{other}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");

        (await api.As(TestUsers.FactChecker).GetAsync($"/api/users/{api.KeyOf(TestUsers.FactChecker).UserId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await api.As(TestUsers.Admin).GetAsync($"/api/users/{other}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // Bodies are empty objects: allowed callers get a validation answer (400, 404, 428), never a change.
    private static Task<HttpResponseMessage> Send(HttpClient client, Row row)
    {
        var request = new HttpRequestMessage(new HttpMethod(row.Method), row.SamplePath);
        if (row.Method == "POST") request.Content = JsonContent.Create(new { });
        return client.SendAsync(request);
    }

    // Route templates may carry constraints ("{id:guid}") depending on how the endpoint was declared.
    private static string Normalize(string template)
    {
        var path = "/" + template.TrimStart('/');
        return System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}:?]+)[^}]*\}", "{$1}");
    }
}
