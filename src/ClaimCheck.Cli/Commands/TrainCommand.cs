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
        var shared = new Option<string>("--shared-data") { Description = "The shared data folder the derived training pairs come from (see ../shared/data/README.md)", DefaultValueFactory = _ => SharedPairCorpus.DefaultFolder };
        var output = new Option<string>("--out") { Description = "Model zip to write; the card goes beside it as .json", DefaultValueFactory = _ => JudgingFiles.DefaultModelPath };
        var command = new Command("train", "Train the contradiction/entailment/neutral pair classifier reproducibly.");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(shared);
        command.SetAction(async (parseResult, ct) =>
        {
            var trainPath = parseResult.GetValue(train)!;
            var devPath = parseResult.GetValue(dev)!;
            var outPath = parseResult.GetValue(output)!;

            var sharedFolder = parseResult.GetValue(shared)!;
            if (SharedPairCorpus.Missing(sharedFolder) is { } missing)
            {
                Console.Error.WriteLine($"error: {missing}");
                return 2;
            }
            var (trainPairs, devPairs) = SharedPairCorpus.Build(sharedFolder, ReadAll(trainPath), ReadAll(devPath));
            var examples = trainPairs
                .Select(p => new LabeledFeatures(PairFeatureExtraction.ForStatements(p.Premise, p.Hypothesis, p.Language, PairFeatureExtraction.ParsedFrames), p.Label!))
                .ToList();
            var zip = PairClassifierTraining.Train(examples);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await File.WriteAllBytesAsync(outPath, zip, ct);

            var judge = new PairJudge(PairClassifier.Load(new MemoryStream(zip)), PairFeatureExtraction.ParsedFrames);
            var judged = devPairs.Select(p => (Pair: p, Judgement: judge.JudgeStatements(p.Premise, p.Hypothesis, p.Language))).ToList();
            var metrics = ClassificationMetrics.Compute(judged.Select(j => (j.Pair.Label!, PairLines.ContractLabel(j.Judgement))), PairLabels.All);
            var bySource = judged.GroupBy(j => SourceOf(j.Pair)).OrderBy(g => g.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => ClassificationMetrics.Compute(g.Select(j => (j.Pair.Label!, PairLines.ContractLabel(j.Judgement))), PairLabels.All));
            // Measured on pairs nobody built to contain the conflict: on derived pairs every edit is a contradiction by construction.
            var evidence = EvidencePrecisions(trainPairs.Where(p => !SourceOf(p).StartsWith("derived", StringComparison.Ordinal)));
            var calibration = FlagThreshold.CalibrationError(judged.Select(j => (j.Pair.Label == PairLabels.Contradiction, j.Judgement.Score)).ToList());
            var realPairs = judged.Where(j => !SourceOf(j.Pair).StartsWith("derived", StringComparison.Ordinal)).ToList();
            var realCalibration = FlagThreshold.CalibrationError(realPairs.Select(j => (j.Pair.Label == PairLabels.Contradiction, j.Judgement.Score)).ToList());
            // Chosen on the dev pairs of real text (RTE3-FR, STS-B, hand-written): derived pairs are too easy to set a bar with.
            var threshold = FlagThreshold.Choose(realPairs.Select(j => (j.Pair.Label == PairLabels.Contradiction, j.Judgement)).ToList(), FlagThreshold.TargetPrecision);
            var card = new JsonObject
            {
                ["modelVersion"] = judge.ModelVersion,
                ["modelFile"] = Path.GetFileName(outPath),
                ["trainer"] = "ML.NET 5.0.1 LbfgsMaximumEntropy, MLContext(seed: 1), one thread, L2 0.5",
                ["featureLayout"] = PairFeatures.LayoutVersion,
                ["rulesVersion"] = RuleIds.RulesVersion,
                ["trainingData"] = new JsonObject
                {
                    ["authored"] = new JsonObject { ["path"] = trainPath.Replace('\\', '/'), ["sha256"] = await Sha256(trainPath) },
                    ["shared"] = SharedPairCorpus.Describe(sharedFolder),
                    ["pairs"] = trainPairs.Count,
                    ["pairsBySource"] = Counts(trainPairs),
                },
                ["devData"] = new JsonObject
                {
                    ["authored"] = new JsonObject { ["path"] = devPath.Replace('\\', '/'), ["sha256"] = await Sha256(devPath) },
                    ["pairs"] = devPairs.Count,
                    ["pairsBySource"] = Counts(devPairs),
                },
                ["evidencePrecision"] = new JsonObject(evidence.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonObject
                {
                    ["precision"] = e.Value.Precision, ["fired"] = e.Value.Fired, ["contradictions"] = e.Value.Contradictions,
                }))),
                ["flagThreshold"] = new JsonObject
                {
                    ["value"] = threshold.Threshold,
                    ["targetPrecision"] = FlagThreshold.TargetPrecision,
                    ["devPrecision"] = Math.Round(threshold.Precision, 4),
                    ["devRecall"] = Math.Round(threshold.Recall, 4),
                    ["devFlags"] = threshold.Flags,
                    ["calibrationError"] = Math.Round(calibration, 4),
                    ["calibrationErrorOnRealPairs"] = Math.Round(realCalibration, 4),
                    ["rule"] = "lowest score at which flagged non-derived dev pairs (evidence present, score >= value) are contradictions with precision >= target",
                },
                ["devMetrics"] = new JsonObject
                {
                    ["accuracy"] = Math.Round(metrics.Accuracy, 4),
                    ["contradictionF1"] = Math.Round(metrics.For(PairLabels.Contradiction).F1, 4),
                    ["entailmentF1"] = Math.Round(metrics.For(PairLabels.Entailment).F1, 4),
                    ["neutralF1"] = Math.Round(metrics.For(PairLabels.Neutral).F1, 4),
                    ["bySource"] = new JsonObject(bySource.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonObject
                    {
                        ["pairs"] = p.Value.Total,
                        ["accuracy"] = Math.Round(p.Value.Accuracy, 4),
                        ["contradictionF1"] = Math.Round(p.Value.For(PairLabels.Contradiction).F1, 4),
                    }))),
                },
                // Informational only: the model version is the zip's hash, which this does not enter.
                ["trainedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            };
            await File.WriteAllTextAsync(Path.ChangeExtension(outPath, ".json"),
                card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", ct);

            Console.WriteLine($"model: {outPath} {judge.ModelVersion}");
            Console.WriteLine($"trained on {trainPairs.Count} pairs; dev ({devPairs.Count} pairs):");
            Console.Write(metrics.ToText());
            foreach (var (source, m) in bySource)
                Console.WriteLine($"  {source,-22} {m.Total,5} pairs  accuracy {m.Accuracy:F4}  contradiction F1 {m.For(PairLabels.Contradiction).F1:F4}");
            foreach (var (id, e) in evidence)
                Console.WriteLine($"  evidence {id,-28} fired on {e.Fired,5} non-derived training pairs, {e.Contradictions,5} contradictions: precision {e.Precision:F2} (in code: {(PairJudge.EvidencePrecision.TryGetValue(id, out var used) ? used.ToString("F2", System.Globalization.CultureInfo.InvariantCulture) : "-")})");
            foreach (var t in new[] { 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9 })
            {
                var flagged = realPairs.Where(j => j.Judgement.HasEvidence && j.Judgement.Label != PairLabels.Entailment && j.Judgement.Score >= t).ToList();
                Console.WriteLine($"  at {t:F2}: {flagged.Count} real dev pairs flagged, {flagged.Count(j => j.Pair.Label == PairLabels.Contradiction)} contradictions");
            }
            Console.WriteLine($"calibration error (10 bins) of contradiction scores: {calibration:F4} on all dev pairs, {realCalibration:F4} on the non-derived ones");
            Console.WriteLine($"flag threshold {threshold.Threshold:F2}: dev precision {threshold.Precision:F4}, recall {threshold.Recall:F4} ({threshold.Flags} flags; target precision {FlagThreshold.TargetPrecision:F2})");
            return 0;
        });
        return command;
    }

    /// <summary>Each conflict's Laplace-smoothed precision on the training pairs, rounded to 0.05: (contradictions + 1) / (fired + 2).</summary>
    internal static SortedDictionary<string, (int Fired, int Contradictions, double Precision)> EvidencePrecisions(IEnumerable<StatementPair> pairs)
    {
        var counts = new Dictionary<string, (int Fired, int Contradictions)>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var comparison = ClaimComparison.Compare(pair.Premise, pair.Hypothesis, pair.Language);
            foreach (var id in PairFeatureExtraction.EvidenceForStatements(pair.Premise, pair.Hypothesis, pair.Language, PairFeatureExtraction.ParsedFrames, comparison)
                         .Select(r => r.RuleId).Where(EvidenceIds.IsConflict).Distinct())
            {
                counts.TryGetValue(id, out var c);
                counts[id] = (c.Fired + 1, c.Contradictions + (pair.Label == PairLabels.Contradiction ? 1 : 0));
            }
        }
        return new SortedDictionary<string, (int, int, double)>(
            counts.ToDictionary(c => c.Key, c => (c.Value.Fired, c.Value.Contradictions, Math.Round((c.Value.Contradictions + 1.0) / (c.Value.Fired + 2) * 20) / 20)),
            StringComparer.Ordinal);
    }

    private static string SourceOf(StatementPair pair) =>
        pair.Origin switch
        {
            null => "authored",
            var o when o.StartsWith("derived:", StringComparison.Ordinal) => (pair.Language == "en" ? "derived-en:" : "derived-fr:") + o["derived:".Length..],
            var o when o.StartsWith("authored", StringComparison.Ordinal) || o.StartsWith("corpus", StringComparison.Ordinal) => "authored",
            var o => o,
        };

    private static JsonObject Counts(IEnumerable<StatementPair> pairs) =>
        new(pairs.GroupBy(SourceOf).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => KeyValuePair.Create(g.Key, (JsonNode?)g.Count())));

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
