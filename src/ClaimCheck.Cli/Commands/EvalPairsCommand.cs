using System.CommandLine;
using ClaimCheck.Judging;

namespace ClaimCheck.Cli.Commands;

/// <summary>eval-pairs: judges labelled pairs and prints accuracy, per-class precision/recall/F1 and the confusion matrix.</summary>
public static class EvalPairsCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "JSON lines {id, premise, hypothesis, language?, label}; - for stdin", Required = true };
        var model = new Option<string?>("--model") { Description = $"Model zip (default {JudgingFiles.DefaultModelPath})" };
        var command = new Command("eval-pairs", "Evaluate the judge on labelled premise/hypothesis pairs.");
        command.Options.Add(input);
        command.Options.Add(model);
        command.SetAction(async (parseResult, ct) =>
        {
            var judge = JudgingFiles.LoadJudge(parseResult.GetValue(model));
            var reader = JudgingFiles.OpenInput(parseResult.GetValue(input)!);
            var outcomes = new List<(string, string)>();
            try
            {
                foreach (var pair in JudgingFiles.ReadPairs(reader, requireLabel: true))
                    outcomes.Add((pair.Label!, PairLines.ContractLabel(judge.JudgeStatements(pair.Premise, pair.Hypothesis, pair.Language))));
            }
            finally
            {
                if (reader != Console.In) reader.Dispose();
            }
            Console.WriteLine($"model: {judge.ModelVersion}");
            Console.Write(ClassificationMetrics.Compute(outcomes, PairLabels.All).ToText());
            return 0;
        });
        return command;
    }
}
