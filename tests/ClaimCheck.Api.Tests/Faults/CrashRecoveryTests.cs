using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>
/// The real service as a process of its own: killed with SIGKILL in the middle of a batch of ingestions and
/// started again, or left running while its PostgreSQL stops and starts again, every article it acknowledged
/// is extracted exactly once and the audit chain verifies.
/// </summary>
[Trait("Category", "Faults")]
[Collection(ServiceProcessCollection.Name)]
public sealed class CrashRecoveryTests : IAsyncLifetime
{
    private readonly ITestOutputHelper _output;

    public CrashRecoveryTests(ITestOutputHelper output)
    {
        _output = output;
        _processes = new ServiceProcesses(() => _connectionString);
    }

    /// <summary>How long the restarted service may take to extract every acknowledged article (a bound on waiting, not a speed test).</summary>
    private static readonly TimeSpan RecoveryDeadline = TimeSpan.FromSeconds(240);

    private const int Articles = 40;
    private const int KillAfter = 20;
    private TestDatabase _database = null!;
    private string _connectionString = "";

    private readonly ServiceProcesses _processes;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _connectionString = _database.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        // The services' own words, for whoever reads a failure: what they logged is the only record of why work stalled.
        _processes.PrintLogs(_output);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_PostgreSQL_restart_mid_batch_loses_and_duplicates_nothing_that_was_acknowledged()
    {
        await using var cluster = await ThrowawayCluster.StartAsync();
        _connectionString = cluster.ConnectionString;
        var (code, output) = await RunCli("users", "add", "restart-editor", "--role", "editor");
        code.ShouldBe(0, output);
        var port = FreePort();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", ServiceProcesses.ApiKeyIn(output));
        var acknowledged = new List<Guid>();
        var refused = new List<HttpStatusCode>();
        var service = StartService(port);
        try
        {
            await WaitUntilLive(http);
            for (var n = 0; n < 30; n++)
            {
                if (n == 10) await cluster.StopServerAsync();
                if (n == 15) await cluster.StartServerAsync();
                try
                {
                    var response = await http.PostAsJsonAsync("/api/articles", Article(n));
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid());
                    else refused.Add(response.StatusCode);
                }
                catch (HttpRequestException) { refused.Add(0); }
            }
            // While the database was down the service said so (503) instead of failing or pretending.
            refused.ShouldNotBeEmpty();
            refused.ShouldAllBe(s => s == HttpStatusCode.ServiceUnavailable);
            acknowledged.Count.ShouldBeGreaterThanOrEqualTo(20);
            var counts = await Eventually.Get(() => ExtractionCounts(acknowledged), c => c.Values.All(v => v >= 1), RecoveryDeadline);
            counts.Values.ShouldAllBe(v => v == 1);
        }
        finally
        {
            service.Kill(entireProcessTree: true);
            await service.WaitForExitAsync();
        }
        var (verifyCode, verifyOutput) = await RunCli("audit", "verify");
        verifyCode.ShouldBe(0, verifyOutput);
    }

    [Fact]
    public async Task Every_article_acknowledged_before_a_SIGKILL_is_extracted_exactly_once_after_a_restart_and_the_chain_verifies()
    {
        var (code, output) = await RunCli("users", "add", "crash-editor", "--role", "editor");
        code.ShouldBe(0, output);
        var key = ServiceProcesses.ApiKeyIn(output);
        key.ShouldNotBeEmpty(output);

        var port = FreePort();
        var acknowledged = new List<Guid>();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);

        var first = StartService(port);
        try
        {
            await WaitUntilLive(http);
            for (var n = 0; n < Articles; n++)
            {
                if (n == KillAfter) first.Kill(entireProcessTree: true);
                try
                {
                    var response = await http.PostAsJsonAsync("/api/articles", Article(n));
                    if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid());
                }
                catch (HttpRequestException)
                {
                    // The service is down: this article was never acknowledged.
                }
            }
        }
        finally
        {
            if (!first.HasExited) first.Kill(entireProcessTree: true);
        }
        acknowledged.Count.ShouldBe(KillAfter);

        var second = StartService(port);
        try
        {
            await WaitUntilLive(http);
            var counts = await Eventually.Get(() => ExtractionCounts(acknowledged), c => c.Values.All(v => v >= 1), RecoveryDeadline);
            counts.Values.ShouldAllBe(v => v == 1);
        }
        finally
        {
            second.Kill(entireProcessTree: true);
            await second.WaitForExitAsync();
        }

        var (verifyCode, verifyOutput) = await RunCli("audit", "verify");
        verifyCode.ShouldBe(0, verifyOutput);
        verifyOutput.ShouldContain("OK");
    }

    private static object Article(int n) => new
    {
        title = $"Article de test numéro {n}",
        body = $"« Nous tiendrons la promesse numéro {n} », a déclaré Marie Dupont mardi. Elle a ajouté que le projet {n} serait livré en juin.",
        source = "crash-test",
        language = "fr",
    };

    private async Task<Dictionary<Guid, long>> ExtractionCounts(IReadOnlyList<Guid> articles)
    {
        var counts = articles.ToDictionary(a => a, _ => 0L);
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select stream_id, count(*) from claimcheck.mt_events where type = 'quotes_extracted' and stream_id = any(@ids) group by stream_id", connection);
        command.Parameters.AddWithValue("ids", articles.ToArray());
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) counts[reader.GetGuid(0)] = reader.GetInt64(1);
        }
        catch (PostgresException e) when (e.SqlState == "42P01")
        {
            // The schema is created by the service at its first start.
        }
        return counts;
    }

    private Process StartService(int port) => _processes.StartService(port);

    private Task<(int Code, string Output)> RunCli(params string[] arguments) => _processes.RunCli(arguments);

    private static Task WaitUntilLive(HttpClient http) => ServiceProcesses.WaitUntilLive(http);

    private static int FreePort() => ServiceProcesses.FreePort();
}

/// <summary>
/// Tests that start service processes and stop or kill databases run alone, after the parallel collections: the
/// processes they start compete for the same two cores with every other test's host and Chromium, and their
/// deadlines (how long recovery may take before it counts as lost work) are about recovery, not about sharing the
/// machine with the rest of the suite.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceProcessCollection
{
    public const string Name = "service processes";
}
