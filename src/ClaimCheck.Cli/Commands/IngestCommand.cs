using System.CommandLine;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Cli.Ingestion;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = ".txt articles (first line headline, rest body), .jsonl files (one article per line) or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("ingest", "Store articles in the event store; the same content twice is reported as a duplicate.");
        command.Arguments.Add(paths);
        command.SetAction(async (parse, cancellation) =>
        {
            var summary = await ServiceHost.RunAsync((services, token) => IngestionRun.RunAsync(services, parse.GetValue(paths)!, AnsiConsole.Console, token), cancellation);
            IngestionRun.Print(summary, AnsiConsole.Console);
            return summary.Rejected.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
