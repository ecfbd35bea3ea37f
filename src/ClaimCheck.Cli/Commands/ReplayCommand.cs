using System.CommandLine;
using ClaimCheck.Api.Audit;
using ClaimCheck.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

public static class ReplayCommand
{
    public static Command Create()
    {
        var command = new Command("replay", "Rebuild every read model from the event log and report where it differs from the stored one.");
        command.SetAction(async (_, cancellation) =>
        {
            var report = await ServiceHost.RunAsync((services, token) => services.GetRequiredService<ReadModelReplay>().RunAsync(token), cancellation);
            Print(report, AnsiConsole.Console);
            return report.Matches ? 0 : 1;
        });
        return command;
    }

    public static void Print(ReplayReport report, IAnsiConsole console)
    {
        foreach (var difference in report.Differences)
        {
            console.MarkupLineInterpolated($"[red]differs[/] {difference.ReadModel} of stream {difference.StreamId}");
            console.MarkupLineInterpolated($"  stored:   {Shorten(difference.Stored)}");
            console.MarkupLineInterpolated($"  replayed: {Shorten(difference.Replayed)}");
        }
        console.MarkupLineInterpolated(
            $"{report.StreamsChecked} streams replayed, {report.DocumentsCompared} read models compared, {report.Differences.Count} differences: {(report.Matches ? "OK" : "MISMATCH")}");
    }

    private static string Shorten(string json) => json.Length <= 400 ? json : json[..400] + "…";
}
