using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>
/// Two service processes on one database share the ingestion of 500 articles over HTTP; one is killed with SIGKILL in
/// the middle. The survivor takes over what the dead node had acknowledged but not finished: every acknowledged article
/// is extracted exactly once, every case is opened once, nothing is dead-lettered, and the audit chain and the replay
/// of every read model are clean.
/// </summary>
[Trait("Category", "Faults")]
[Collection(ServiceProcessCollection.Name)]
public sealed class TwoNodeFailoverTests : IAsyncLifetime
{
    /// <summary>A bound on waiting for the survivor (a dead node's messages are released after about 15 s), not a speed test.</summary>
    private static readonly TimeSpan CompletionDeadline = TimeSpan.FromSeconds(300);

    private const int Articles = 500;
    private const int KillAt = Articles / 2;
    private const int ArticlesPerSpeaker = 4;

    private readonly ITestOutputHelper _output;
    private readonly ServiceProcesses _processes;
    private TestDatabase _database = null!;

    public TwoNodeFailoverTests(ITestOutputHelper output)
    {
        _output = output;
        _processes = new ServiceProcesses(() => _database.ConnectionString);
    }

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        _processes.PrintLogs(_output, lastLines: 120);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Articles_acknowledged_by_a_node_killed_mid_batch_are_extracted_and_judged_once_by_the_survivor()
    {
        var (code, output) = await _processes.RunCli("users", "add", "nodes-editor", "--role", "editor");
        code.ShouldBe(0, output);
        var key = ServiceProcesses.ApiKeyIn(output);
        key.ShouldNotBeEmpty(output);

        var (portA, portB) = (ServiceProcesses.FreePort(), ServiceProcesses.FreePort());
        using var httpA = Client(portA, key);
        using var httpB = Client(portB, key);
        var nodeA = _processes.StartService(portA);
        var nodeB = _processes.StartService(portB);
        var acknowledged = new System.Collections.Concurrent.ConcurrentDictionary<int, (Guid ArticleId, char Node)>();
        try
        {
            await Task.WhenAll(ServiceProcesses.WaitUntilLive(httpA), ServiceProcesses.WaitUntilLive(httpB));

            // Even articles go to A, odd ones to B, eight requests at a time. At the middle A is killed; from then on a
            // request A cannot answer goes to B, as a proxy in front of both would send it.
            var killed = 0;
            Dictionary<long, long> unfinishedAtKill = [];
            Task<string> takeover = Task.FromResult("");
            await Parallel.ForEachAsync(Enumerable.Range(0, Articles), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (n, token) =>
            {
                if (n == KillAt && Interlocked.Exchange(ref killed, 2) == 0)
                {
                    // Kill A while the nodes hold unfinished messages (the other requests keep coming meanwhile), then note
                    // whose they were: A's stay as they are until B declares A dead.
                    await Eventually.Get(async () => (object)await Scalar(Unfinished), c => (long)c >= 4, TimeSpan.FromSeconds(20));
                    nodeA.Kill(entireProcessTree: true);
                    Volatile.Write(ref killed, 1);
                    unfinishedAtKill = await UnfinishedByOwner();
                    takeover = WatchTakeover(Stopwatch.StartNew());
                }
                if (n % 2 == 0 && Volatile.Read(ref killed) != 1 && await TryPost(httpA, n) is { } viaA)
                    acknowledged[n] = (viaA, 'A');
                else if (await TryPost(httpB, n) is { } viaB)
                    acknowledged[n] = (viaB, 'B');
            });
            acknowledged.Count.ShouldBe(Articles, "B answers every request, its own and the dead node's");
            acknowledged.Values.Count(a => a.Node == 'A').ShouldBeGreaterThanOrEqualTo(KillAt / 2 - 8);

            var ids = acknowledged.Values.Select(a => a.ArticleId).Distinct().ToList();
            ids.Count.ShouldBe(Articles);
            var clock = Stopwatch.StartNew();
            var counts = await Eventually.Get(async () => new Progress(await ExtractionCounts(ids), await WaitingMessages()),
                s => s.Extracted.Values.All(v => v >= 1) && s.Waiting == 0, CompletionDeadline);
            _output.WriteLine($"all extracted and judged {clock.Elapsed.TotalSeconds:0} s after the last request");

            // B is the one node left; whatever other node owned messages at the kill was A.
            var survivors = await Column("select node_number from claimcheck.wolverine_nodes");
            var ofA = unfinishedAtKill.Where(o => o.Key != 0 && !survivors.Contains(o.Key)).Sum(o => o.Value);
            _output.WriteLine($"A acknowledged {acknowledged.Values.Count(a => a.Node == 'A')}, B {acknowledged.Values.Count(a => a.Node == 'B')}; " +
                              $"unfinished messages at the kill by owner: {string.Join(", ", unfinishedAtKill.Select(o => $"{o.Key}: {o.Value}"))}; survivors {string.Join(", ", survivors)}");
            ofA.ShouldBeGreaterThan(0, "the kill must leave messages of A's that only B can finish");
            _output.WriteLine(await takeover);

            counts.Extracted.Values.ShouldAllBe(v => v == 1);
            (await Scalar("select count(*) from claimcheck.wolverine_dead_letters")).ShouldBe(0);
            var cases = await Scalar("select count(distinct stream_id) from claimcheck.mt_events where type = 'contradiction_flagged'");
            _output.WriteLine($"{cases} cases");
            cases.ShouldBe(Articles / ArticlesPerSpeaker * 4, "each speaker's two openings and two refusals make four cases");
            (await Scalar("select count(*) from (select stream_id from claimcheck.mt_events where type = 'contradiction_flagged' group by stream_id having count(*) > 1) d"))
                .ShouldBe(0, "a case opened twice");
            (await Scalar("select count(*) from claimcheck.mt_events where type = 'pair_rejudged'")).ShouldBe(0, "a pair judged twice");
        }
        finally
        {
            foreach (var node in new[] { nodeA, nodeB })
                if (!node.HasExited)
                {
                    node.Kill(entireProcessTree: true);
                    await node.WaitForExitAsync();
                }
        }

        var (verifyCode, verifyOutput) = await _processes.RunCli("audit", "verify");
        verifyCode.ShouldBe(0, verifyOutput);
        verifyOutput.ShouldContain("OK");
        var (replayCode, replayOutput) = await _processes.RunCli("replay");
        replayCode.ShouldBe(0, replayOutput);
        replayOutput.ShouldContain("0 differences: OK");
    }

    private sealed record Progress(Dictionary<Guid, long> Extracted, long Waiting)
    {
        public override string ToString() => $"{Extracted.Values.Count(v => v == 0)} articles not extracted, {Waiting} messages waiting";
    }

    private static HttpClient Client(int port, string key)
    {
        var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", key);
        return http;
    }

    /// <summary>The article id of a 2xx answer; null when the node refused the connection or did not answer.</summary>
    private static async Task<Guid?> TryPost(HttpClient http, int n)
    {
        try
        {
            var response = await http.PostAsJsonAsync("/api/articles", Article(n));
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
                return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
            return null;
        }
        catch (HttpRequestException) { return null; }
        catch (TaskCanceledException) { return null; }
    }

    private static readonly string[] FirstNames = ["Marie", "Jean", "Claire", "Paul", "Sophie", "Luc", "Anne", "Marc", "Julie", "Louis", "Camille", "Pierre", "Léa"];
    private static readonly string[] LastNames = ["Dupont", "Martin", "Bernard", "Moreau", "Laurent", "Girard", "Roux", "Fournier", "Lambert", "Bonnet", "Mercier"];

    /// <summary>
    /// Four articles per speaker, two saying the bridge will open and two that it will not, so judging opens the four
    /// cases between them; the four go to both nodes. Quotes shorter than five words keep other speakers' articles out of
    /// each other's candidates (see StoredClaimRetrieval), so the speakers' cases are all there is.
    /// </summary>
    private static object Article(int n)
    {
        var speaker = n / ArticlesPerSpeaker;
        var name = $"{FirstNames[speaker % FirstNames.Length]} {LastNames[speaker / FirstNames.Length % LastNames.Length]}";
        var body = n % 2 == 0
            ? $"« Le pont ouvrira », a déclaré {name} mardi. Le chantier {n} avance."
            : $"« Le pont n'ouvrira pas », a affirmé {name} jeudi. Le chantier {n} est arrêté.";
        return new { title = $"Le pont, article {n}", body, source = "nodes-test", language = "fr" };
    }

    private async Task<Dictionary<Guid, long>> ExtractionCounts(IReadOnlyList<Guid> articles)
    {
        var counts = articles.ToDictionary(a => a, _ => 0L);
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select stream_id, count(*) from claimcheck.mt_events where type = 'quotes_extracted' and stream_id = any(@ids) group by stream_id", connection);
        command.Parameters.AddWithValue("ids", articles.ToArray());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) counts[reader.GetGuid(0)] = reader.GetInt64(1);
        return counts;
    }

    /// <summary>When B declared A dead (A's node row gone) and when no message was left with a node that is not alive (for the README).</summary>
    private async Task<string> WatchTakeover(Stopwatch sinceKill)
    {
        TimeSpan? declaredDead = null;
        while (sinceKill.Elapsed < CompletionDeadline)
        {
            if (declaredDead is null && await Scalar("select count(*) from claimcheck.wolverine_nodes") == 1) declaredDead = sinceKill.Elapsed;
            if (declaredDead is not null && await Scalar("""
                    select count(*) from claimcheck.wolverine_incoming_envelopes
                    where status <> 'Handled' and owner_id not in (select node_number from claimcheck.wolverine_nodes)
                    """) == 0)
                return $"A declared dead {declaredDead.Value.TotalSeconds:0.0} s after the kill; its messages all with B {sinceKill.Elapsed.TotalSeconds:0.0} s after";
            await Task.Delay(200);
        }
        return "A's messages were not taken over before the deadline";
    }

    private const string Unfinished = "select count(*) from claimcheck.wolverine_incoming_envelopes where status <> 'Handled'";

    /// <summary>Messages (extraction, judging) waiting, running or scheduled for a retry on any node.</summary>
    private Task<long> WaitingMessages() => Scalar(Unfinished);

    private async Task<Dictionary<long, long>> UnfinishedByOwner()
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select owner_id, count(*) from claimcheck.wolverine_incoming_envelopes where status <> 'Handled' group by owner_id", connection);
        var owners = new Dictionary<long, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) owners[Convert.ToInt64(reader.GetValue(0))] = reader.GetInt64(1);
        return owners;
    }

    private async Task<List<long>> Column(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        var values = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) values.Add(Convert.ToInt64(reader.GetValue(0)));
        return values;
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }
}
