using System.CommandLine;
using ClaimCheck.Api.Audit;
using ClaimCheck.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

public static class AuditCommand
{
    public static Command Create()
    {
        var verify = new Command("verify", "Walk every event stream and check each event against its hash chain; exit 1 on the first break of any stream.");
        verify.SetAction(async (_, cancellation) =>
        {
            var report = await ServiceHost.RunAsync((services, token) => services.GetRequiredService<EventChainAudit>().VerifyAsync(token), cancellation);
            foreach (var broken in report.Broken)
                AnsiConsole.MarkupLineInterpolated(
                    $"[red]BROKEN[/] stream {broken.StreamId} at version {broken.FirstBrokenVersion} ({broken.Break}): {broken.Detail} expected {broken.ExpectedHash}, recorded {broken.RecordedHash}");
            AnsiConsole.MarkupLineInterpolated(
                $"{report.StreamsChecked} streams, {report.EventsChecked} events verified, {report.TombstonesSkipped} tombstones of failed writes skipped: {(report.IsIntact ? "OK" : $"{report.Broken.Count} broken stream(s)")}");
            return report.IsIntact ? 0 : 1;
        });
        var command = new Command("audit", "Tamper evidence for the event store.");
        command.Subcommands.Add(verify);
        return command;
    }
}
