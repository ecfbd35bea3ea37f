using System.CommandLine;
using ClaimCheck.Api.Judging;
using ClaimCheck.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

public static class RejudgeCommand
{
    public static Command Create()
    {
        var caseId = new Argument<Guid>("case") { Description = "The case id" };
        var command = new Command("rejudge", "Recompute a case's recorded judgement from its recorded features and model version; exit 1 unless identical.");
        command.Arguments.Add(caseId);
        command.SetAction(async (parse, cancellation) =>
        {
            var report = await ServiceHost.RunAsync((services, token) => services.GetRequiredService<JudgementReplay>().RunAsync(parse.GetValue(caseId), token), cancellation);
            if (report is null)
            {
                await Console.Error.WriteLineAsync($"error: case {parse.GetValue(caseId)} has no recorded judgement.");
                return 2;
            }
            AnsiConsole.MarkupLineInterpolated($"case {report.CaseId}: recorded {report.RecordedLabel} {report.RecordedScore:0.######} with {report.RecordedModelVersion}");
            AnsiConsole.MarkupLineInterpolated($"recomputed {report.RecomputedLabel ?? "-"} {report.RecomputedScore?.ToString("0.######") ?? "-"} with {report.LoadedModelVersion}: {report.Outcome}");
            return report.Identical ? 0 : 1;
        });
        return command;
    }
}
