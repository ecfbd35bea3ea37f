using System.CommandLine;
using System.Diagnostics;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Ingestion;
using ClaimCheck.Cli.Benchmarks;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// End-to-end throughput: synthetic articles derived from the samples go through ingestion, the durable
/// extraction queue and the judge against the configured PostgreSQL, and the clock stops when every article
/// is extracted and no message is left in the inbox. Run it on a database of its own (ops/bench-pipeline).
/// </summary>
public static class BenchPipelineCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--articles") { Description = "How many articles to push through", DefaultValueFactory = _ => 200 };
        var samples = new Option<string>("--samples") { Description = "Folder of .txt articles to derive them from", DefaultValueFactory = _ => Path.Combine("samples", "articles") };
        var command = new Command("bench-pipeline", "Measure articles per second through ingestion, extraction and judging (a benchmark, not a test).");
        command.Options.Add(count);
        command.Options.Add(samples);
        command.SetAction(async (parse, cancellation) =>
        {
            var drafts = Directory.EnumerateFiles(parse.GetValue(samples)!, "*.txt").Order(StringComparer.Ordinal)
                .Select(f => ArticleTextFormat.Parse(File.ReadAllText(f), Path.GetFileName(f))).ToList();
            using var host = ServiceHost.Build();
            await host.StartAsync(cancellation);
            var validator = host.Services.GetRequiredService<ArticleSubmissionValidator>();
            var articles = SyntheticCorpus.From(drafts, parse.GetValue(count))
                .Select(d => validator.Validate(d).Submission ?? throw new InvalidOperationException("A synthetic article failed validation."))
                .ToList();

            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(articles, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellation }, async (article, token) =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ArticleIngestion>().IngestAsync(article, Actors.CommandLine(), token);
            });
            var ingested = clock.Elapsed;

            var ids = articles.Select(a => a.ArticleId).ToArray();
            await PipelineProgress.WaitForAsync(host, ids, TimeSpan.FromMinutes(30), cancellation);
            var total = clock.Elapsed;

            await using (var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession())
            {
                var quotes = (await session.Query<ArticleQuotes>().Where(a => a.Id.IsOneOf(ids)).ToListAsync(cancellation)).Sum(a => a.Quotes.Count);
                var flags = await session.Query<FlagSummary>().CountAsync(cancellation);
                AnsiConsole.MarkupLineInterpolated(
                    $"{ids.Length} articles ({articles.Sum(a => a.Body.Length) / 1024} KiB): ingested in {ingested.TotalSeconds:0.00} s, extracted and judged after {total.TotalSeconds:0.00} s");
                AnsiConsole.MarkupLineInterpolated(
                    $"{ids.Length / total.TotalSeconds:0.0} articles/s end to end ({ids.Length / ingested.TotalSeconds:0.0}/s ingestion alone); {quotes} quotes, {flags} flags");
            }
            await host.StopAsync(CancellationToken.None);
            return 0;
        });
        return command;
    }
}
