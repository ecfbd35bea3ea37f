using System.CommandLine;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Judging;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// train: fits the pair classifier on the training split and writes the model zip (byte-identical for the same data)
/// and, beside it, a JSON card: model version (sha256 of the zip), data hashes, dev metrics and training time.
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "Training pairs (JSON lines with label)", DefaultValueFactory = _ => "samples/pairs/train.jsonl" };
        var dev = new Option<string>("--dev") { Description = "Dev pairs for the metrics in the model card", DefaultValueFactory = _ => "samples/pairs/dev.jsonl" };
        var output = new Option<string>("--out") { Description = "Model zip to write; the card goes beside it as .json", DefaultValueFactory = _ => JudgingFiles.DefaultModelPath };
        var command = new Command("train", "Train the contradiction/entailment/neutral pair classifier reproducibly.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.SetAction(async (parseResult, ct) =>
        {
            var trainPath = parseResult.GetValue(train)!;
            var devPath = parseResult.GetValue(dev)!;
            var outPath = parseResult.GetValue(output)!;

            var trainPairs = ReadAll(trainPath);
            var devPairs = ReadAll(devPath);
            var examples = trainPairs
                .Select(p => new LabeledFeatures(PairFeatureExtraction.ForStatements(p.Premise, p.Hypothesis, p.Language, PairFeatureExtraction.ParsedFrames), p.Label!))
                .ToList();
            var zip = PairClassifierTraining.Train(examples);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await File.WriteAllBytesAsync(outPath, zip, ct);

            var judge = new PairJudge(PairClassifier.Load(new MemoryStream(zip)), PairFeatureExtraction.ParsedFrames);
            var metrics = ClassificationMetrics.Compute(
                devPairs.Select(p => (p.Label!, PairLines.ContractLabel(judge.JudgeStatements(p.Premise, p.Hypothesis, p.Language)))),
                PairLabels.All);
            var card = new JsonObject
            {
                ["modelVersion"] = judge.ModelVersion,
                ["modelFile"] = Path.GetFileName(outPath),
                ["trainer"] = "ML.NET 5.0.1 LbfgsMaximumEntropy, MLContext(seed: 1), one thread, L2 0.5",
                ["featureLayout"] = PairFeatures.LayoutVersion,
                ["rulesVersion"] = RuleIds.RulesVersion,
                ["trainingData"] = new JsonObject { ["path"] = trainPath.Replace('\\', '/'), ["sha256"] = await Sha256(trainPath), ["pairs"] = trainPairs.Count },
                ["devData"] = new JsonObject { ["path"] = devPath.Replace('\\', '/'), ["sha256"] = await Sha256(devPath), ["pairs"] = devPairs.Count },
                ["devMetrics"] = new JsonObject
                {
                    ["accuracy"] = Math.Round(metrics.Accuracy, 4),
                    ["contradictionF1"] = Math.Round(metrics.For(PairLabels.Contradiction).F1, 4),
                    ["entailmentF1"] = Math.Round(metrics.For(PairLabels.Entailment).F1, 4),
                    ["neutralF1"] = Math.Round(metrics.For(PairLabels.Neutral).F1, 4),
                },
                // Informational only: the model version is the zip's hash, which this does not enter.
                ["trainedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            };
            await File.WriteAllTextAsync(Path.ChangeExtension(outPath, ".json"),
                card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", ct);

            Console.WriteLine($"model: {outPath} {judge.ModelVersion}");
            Console.WriteLine($"trained on {trainPairs.Count} pairs; dev ({devPairs.Count} pairs):");
            Console.Write(metrics.ToText());
            return 0;
        });
        return command;
    }

    private static List<StatementPair> ReadAll(string path)
    {
        using var reader = JudgingFiles.OpenInput(path);
        return JudgingFiles.ReadPairs(reader, requireLabel: true).ToList();
    }

    private static async Task<string> Sha256(string path)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }
}
