using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class AuditExportTests(ApiFixture api)
{
    [Fact]
    public async Task The_export_streams_events_of_the_time_range_as_json_lines_in_append_order()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var marker = Guid.NewGuid().ToString("N");
        var posted = await api.Client.PostAsJsonAsync("/api/articles", new { title = $"Export {marker}", body = "Un corps.", source = "audit" });
        var articleId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();

        var response = await api.As(TestUsers.Auditor).GetAsync($"/api/audit/export?from={Uri.EscapeDataString(before.ToString("O"))}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ingested = lines.Single(l => l.GetProperty("streamId").GetGuid() == articleId && l.GetProperty("type").GetString() == "article_ingested");
        ingested.GetProperty("user").GetString().ShouldBe(TestUsers.FactChecker);
        ingested.GetProperty("data").GetProperty("title").GetString().ShouldBe($"Export {marker}");
        lines.Select(l => l.GetProperty("sequence").GetInt64()).ShouldBeInOrder();
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_a_problem()
    {
        var response = await api.As(TestUsers.Auditor).GetAsync("/api/audit/export?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_malformed_instant_is_a_problem()
    {
        var response = await api.As(TestUsers.Auditor).GetAsync("/api/audit/export?from=last-tuesday");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Invalid time range");
    }
}
