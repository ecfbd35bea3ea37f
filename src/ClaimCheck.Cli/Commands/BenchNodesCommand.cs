using System.CommandLine;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Cli.Benchmarks;
using ClaimCheck.Ingestion;
using Microsoft.Extensions.Configuration;
using Npgsql;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// End-to-end throughput of running services, one or several nodes on one database: synthetic articles (the same as
/// bench-pipeline's) are posted over HTTP round-robin to the given nodes, and the clock stops when every article is
/// extracted and no message is waiting on any node. Starting the services is ops/bench-nodes' job.
/// </summary>
public static class BenchNodesCommand
{
    public static Command Create()
    {
        var urls = new Option<string[]>("--urls") { Description = "Base addresses of the nodes", Required = true, AllowMultipleArgumentsPerToken = true };
        var key = new Option<string>("--key") { Description = "API key of an editor (CLAIMCHECK_API_KEY when absent)" };
        var count = new Option<int>("--articles") { Description = "How many articles to push through", DefaultValueFactory = _ => 200 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once, over all nodes", DefaultValueFactory = _ => 8 };
        var samples = new Option<string>("--samples") { Description = "Folder of .txt articles to derive them from", DefaultValueFactory = _ => Path.Combine("samples", "articles") };
        var command = new Command("bench-nodes", "Measure articles per second through running service nodes over HTTP (a benchmark, not a test).");
        foreach (var option in new Option[] { urls, key, count, concurrency, samples }) command.Options.Add(option);
        command.SetAction(async (parse, cancellation) =>
        {
            var apiKey = parse.GetValue(key) ?? Environment.GetEnvironmentVariable("CLAIMCHECK_API_KEY");
            if (string.IsNullOrEmpty(apiKey))
            {
                Console.Error.WriteLine("error: give --key or set CLAIMCHECK_API_KEY");
                return 2;
            }
            var storage = StorageOptions.From(new ConfigurationBuilder().AddEnvironmentVariables().Build());
            var drafts = Directory.EnumerateFiles(parse.GetValue(samples)!, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => ArticleTextFormat.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
            var articles = SyntheticCorpus.From(drafts, parse.GetValue(count)).ToList();
            var nodes = parse.GetValue(urls)!.SelectMany(u => u.Split(',', StringSplitOptions.RemoveEmptyEntries)).Select(u =>
            {
                var http = new HttpClient { BaseAddress = new Uri(u), Timeout = TimeSpan.FromMinutes(2) };
                http.DefaultRequestHeaders.Authorization = new("Bearer", apiKey);
                return http;
            }).ToArray();
            await using var database = NpgsqlDataSource.Create(storage.ConnectionString);

            var ids = new Guid[articles.Count];
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(Enumerable.Range(0, articles.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parse.GetValue(concurrency)), CancellationToken = cancellation },
                async (i, token) =>
                {
                    var response = await nodes[i % nodes.Length].PostAsJsonAsync("/api/articles", articles[i], token);
                    response.EnsureSuccessStatusCode();
                    ids[i] = (await response.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("articleId").GetGuid();
                });
            var ingested = clock.Elapsed;

            var schema = storage.Schema;
            var deadline = DateTime.UtcNow.AddMinutes(30);
            while (true)
            {
                var done = await Scalar(database, $"""
                    select count(distinct stream_id) from {schema}.mt_events
                    where type in ('quotes_extracted', 'extraction_failed') and stream_id = any(@ids)
                    """, ids, cancellation);
                var waiting = await Scalar(database, $"select count(*) from {schema}.wolverine_incoming_envelopes where status <> 'Handled'", null, cancellation);
                if (done == ids.Length && waiting == 0) break;
                if (DateTime.UtcNow > deadline) throw new TimeoutException($"{ids.Length - done} articles not extracted, {waiting} messages waiting after 30 min.");
                await Task.Delay(100, cancellation);
            }
            var total = clock.Elapsed;
            var quotes = await Scalar(database, $"select count(*) from {schema}.cc_claims where article_id = any(@ids)", ids, cancellation);
            var cases = await Scalar(database, $"select count(distinct stream_id) from {schema}.mt_events where type = 'contradiction_flagged'", null, cancellation);
            AnsiConsole.MarkupLineInterpolated(
                $"{nodes.Length} node(s), {ids.Length} articles: ingested in {ingested.TotalSeconds:0.00} s, extracted and judged after {total.TotalSeconds:0.00} s");
            AnsiConsole.MarkupLineInterpolated(
                $"{ids.Length / total.TotalSeconds:0.00} articles/s end to end ({ids.Length / ingested.TotalSeconds:0.0}/s ingestion alone); {quotes} claims, {cases} cases");
            foreach (var node in nodes) node.Dispose();
            return 0;
        });
        return command;
    }

    private static async Task<long> Scalar(NpgsqlDataSource database, string sql, Guid[]? ids, CancellationToken cancellation)
    {
        await using var command = database.CreateCommand(sql);
        if (ids is not null) command.Parameters.AddWithValue("ids", ids);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation));
    }
}
