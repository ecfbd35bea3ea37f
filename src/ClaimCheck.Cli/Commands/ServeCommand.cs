using System.CommandLine;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Cli.Ingestion;
using ClaimCheck.Cli.Judging;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var ingest = new Option<string[]>("--ingest")
        {
            Description = "Articles (.txt, .jsonl or folders) to ingest before serving",
            AllowMultipleArgumentsPerToken = true,
        };
        var urls = new Option<string>("--urls") { Description = "Where the API listens", DefaultValueFactory = _ => DefaultUrls };
        var command = new Command("serve", "Serve the HTTP API, optionally ingesting articles first and printing what was stored.");
        command.Options.Add(ingest);
        command.Options.Add(urls);
        command.SetAction(async (parse, cancellation) =>
        {
            var address = parse.GetValue(urls)!;
            await using var app = ServiceHost.BuildWeb(address);
            await app.StartAsync(cancellation);
            var console = AnsiConsole.Console;
            if (parse.GetValue(ingest) is { Length: > 0 } paths)
            {
                var summary = await IngestionRun.RunAsync(app.Services, paths, console, cancellation);
                IngestionRun.Print(summary, console);
                var articleIds = summary.Ingested.Concat(summary.Duplicates).Select(a => a.ArticleId).ToList();
                await PipelineProgress.WaitForAsync(app, articleIds, TimeSpan.FromMinutes(5), cancellation);
                await StoredFlags.PrintAsync(app.Services, articleIds, console, cancellation);
            }
            console.MarkupLineInterpolated($"[bold]ClaimCheck review desk: {address}/[/] (sign in with an API key from 'ops/claimcheck users add NAME --role factchecker'; API reference: {address}/api-reference)");
            console.MarkupLineInterpolated($"[bold]ClaimCheck API listening on {address}[/] (OpenAPI: {address}/openapi/v1.json, health: {address}/health/ready). Ctrl+C stops it.");
            await app.WaitForShutdownAsync(cancellation);
            return 0;
        });
        return command;
    }
}
