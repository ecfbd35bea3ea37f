using System.Net;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.Ingestion;

[Collection(ApiCollection.Name)]
public sealed class ServiceSurfaceTests(ApiFixture api)
{
    [Fact]
    public async Task Liveness_answers_without_touching_the_database()
    {
        var response = await api.Anonymous.GetAsync("/health/live");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Readiness_checks_the_database()
    {
        var response = await api.Anonymous.GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_lists_its_groups_in_working_order_whatever_the_handler_discovery()
    {
        var document = JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement;

        document.GetProperty("tags").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .ShouldBe(["Cases", "Flags", "Articles", "Quotes", "Speakers", "ClaimReview", "Audit", "Users", "Operations"]);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_article_endpoints()
    {
        var document = JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/articles").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/articles/{id}").TryGetProperty("get", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("/api/cases", "OpenCaseRequest")]
    [InlineData("/api/cases/{id}/propose", "ProposeVerdictRequest")]
    [InlineData("/api/speakers", "NewSpeakerRequest")]
    [InlineData("/api/articles/{articleId}/quotes/{quoteId}/speaker", "ReattributionRequest")]
    public async Task The_openapi_document_describes_the_bodies_read_and_checked_by_the_endpoints(string path, string schema)
    {
        var document = JsonDocument.Parse(await api.Client.GetStringAsync("/openapi/v1.json")).RootElement;
        var body = document.GetProperty("paths").GetProperty(path).GetProperty("post").GetProperty("requestBody");
        body.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()
            .ShouldBe($"#/components/schemas/{schema}");
    }
}
