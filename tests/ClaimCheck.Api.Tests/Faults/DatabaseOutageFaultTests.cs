using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Alba;
using ClaimCheck.Access;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>
/// A host started on a throwaway cluster of its own, which is then stopped (the shared cluster is left alone):
/// every request that needs the database answers 503 with Retry-After, as a problem, instead of a 500.
/// </summary>
public sealed class OutageFixture : IAsyncLifetime
{
    public ThrowawayCluster Cluster { get; private set; } = null!;

    public IAlbaHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Cluster = await ThrowawayCluster.StartAsync();
        Host = await AlbaHost.For<ApiEntryPoint>(builder => builder.UseSetting("ConnectionStrings:ClaimCheck", Cluster.ConnectionString));
        await Cluster.StopServerAsync();
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}

[Trait("Category", "Faults")]
public sealed class DatabaseOutageFaultTests(OutageFixture outage) : IClassFixture<OutageFixture>
{
    private IAlbaHost Host => outage.Host;

    public static TheoryData<string, string> Requests() => new()
    {
        { "GET", "/api/flags" },
        { "GET", "/api/review-queue?state=open" },
        { "POST", "/api/cases" },
        { "POST", "/api/speakers" },
        { "POST", "/api/articles" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_request_while_the_database_is_down_is_a_503_problem_with_retry_after(string method, string path)
    {
        using var client = Host.Server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", ApiKeys.Generate().Token);
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST") request.Content = JsonContent.Create(new { note = "x" });

        using var response = await client.SendAsync(request);

        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, text);
        response.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldBe(TimeSpan.FromSeconds(5));
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        var problem = JsonDocument.Parse(text).RootElement;
        problem.GetProperty("status").GetInt32().ShouldBe(503);
        text.ShouldNotContain("127.0.0.1");
        text.ShouldNotContain("Npgsql");
    }

    [Fact]
    public async Task Readiness_reports_the_database_as_unavailable()
    {
        using var client = Host.Server.CreateClient();
        var response = await client.GetAsync("/health/ready");
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
    }
}
