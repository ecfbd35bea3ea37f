using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Ingestion;
using ClaimCheck.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ClaimCheck.Cli.Ingestion;

public sealed record IngestionSummary(
    IReadOnlyList<(string Origin, Guid ArticleId, string Title)> Ingested,
    IReadOnlyList<(string Origin, Guid ArticleId, string Title)> Duplicates,
    IReadOnlyList<(string Origin, string Reason)> Rejected);

/// <summary>Ingests files through the service's own ingestion path and reports what happened to each article.</summary>
public static class IngestionRun
{
    private const int ProgressBarThreshold = 50;

    public static async Task<IngestionSummary> RunAsync(IServiceProvider services, IEnumerable<string> paths, IAnsiConsole console, CancellationToken cancellation)
    {
        var reader = new ArticleFileReader(services.GetRequiredService<ArticleSubmissionValidator>());
        var items = new List<ArticleFromFile>();
        foreach (var file in reader.ExpandPaths(paths))
            await foreach (var item in reader.ReadAsync(file).WithCancellation(cancellation))
                items.Add(item);

        var ingested = new List<(string, Guid, string)>();
        var duplicates = new List<(string, Guid, string)>();
        var rejected = new List<(string, string)>();
        var actor = Actors.CommandLine();

        async Task IngestAll(Action advance)
        {
            foreach (var item in items)
            {
                if (item.Result.Submission is { } submission)
                {
                    await using var scope = services.CreateAsyncScope();
                    var outcome = await scope.ServiceProvider.GetRequiredService<ArticleIngestion>()
                        .IngestAsync(submission, actor, cancellation);
                    (outcome.Duplicate ? duplicates : ingested).Add((item.Origin, outcome.ArticleId, submission.Title));
                }
                else
                {
                    rejected.Add((item.Origin, item.Result.Problem!.ToString()));
                }
                advance();
            }
        }

        if (items.Count >= ProgressBarThreshold && console.Profile.Capabilities.Interactive)
            await console.Progress().StartAsync(async ctx =>
            {
                var task = ctx.AddTask("Ingesting articles", maxValue: items.Count);
                await IngestAll(() => task.Increment(1));
            });
        else
            await IngestAll(() => { });

        return new IngestionSummary(ingested, duplicates, rejected);
    }

    public static void Print(IngestionSummary summary, IAnsiConsole console)
    {
        if (summary.Ingested.Count + summary.Duplicates.Count > 0)
        {
            var table = new Table().AddColumns("status", "article id", "title", "from");
            foreach (var (origin, id, title) in summary.Ingested)
                table.AddRow("[green]ingested[/]", id.ToString(), Markup.Escape(Shorten(title)), Markup.Escape(DisplayName(origin)));
            foreach (var (origin, id, title) in summary.Duplicates)
                table.AddRow("[yellow]duplicate[/]", id.ToString(), Markup.Escape(Shorten(title)), Markup.Escape(DisplayName(origin)));
            console.Write(table);
        }
        foreach (var (origin, reason) in summary.Rejected)
            console.MarkupLineInterpolated($"[red]rejected[/] {origin}: {reason}");
        console.MarkupLineInterpolated(
            $"[bold]{summary.Ingested.Count} ingested, {summary.Duplicates.Count} duplicates, {summary.Rejected.Count} rejected[/]");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..59] + "…";

    private static string DisplayName(string origin) => Path.GetFileName(origin);
}
