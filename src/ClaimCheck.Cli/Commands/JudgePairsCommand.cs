using System.CommandLine;
using ClaimCheck.Judging;

namespace ClaimCheck.Cli.Commands;

/// <summary>judge-pairs: labels two-statement pairs from a JSON-lines file; no database involved.</summary>
public static class JudgePairsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "JSON lines {id, premise, hypothesis, language?}; - for stdin", Required = true };
        var output = new Option<string>("--out") { Description = "JSON lines {id, label, scores, reasons}; - for stdout", Required = true };
        var model = new Option<string?>("--model") { Description = $"Model zip (default {JudgingFiles.DefaultModelPath})" };
        var command = new Command("judge-pairs", "Judge each premise/hypothesis pair as contradiction, entailment or neutral.");
        command.Options.Add(input);
        command.Options.Add(output);
        command.Options.Add(model);
        command.SetAction(async (parseResult, ct) =>
        {
            var judge = JudgingFiles.LoadJudge(parseResult.GetValue(model));
            var reader = JudgingFiles.OpenInput(parseResult.GetValue(input)!);
            var writer = JudgingFiles.OpenOutput(parseResult.GetValue(output)!);
            try
            {
                foreach (var pair in JudgingFiles.ReadPairs(reader, requireLabel: false))
                {
                    var judgement = judge.JudgeStatements(pair.Premise, pair.Hypothesis, pair.Language);
                    await writer.WriteLineAsync(PairLines.FormatPrediction(pair.Id, judgement));
                }
            }
            finally
            {
                await writer.FlushAsync(ct);
                if (writer != Console.Out) await writer.DisposeAsync();
                if (reader != Console.In) reader.Dispose();
            }
            return 0;
        });
        return command;
    }
}
