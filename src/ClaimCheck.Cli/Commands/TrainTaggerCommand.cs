using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Language;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// train-tagger: trains the French UPOS tagger and lemmatizer on UD French-Sequoia train, writes the model file
/// (identical bytes for the same data and settings) and beside it a JSON card: version (sha256 of the model),
/// data files with their hashes, dev metrics on Sequoia dev and GSD dev, settings and training time.
/// </summary>
public static class TrainTaggerCommand
{
    public const string DefaultModelPath = "models/fr-tagger.bin";
    public const string TrainFile = "fr_sequoia-ud-train.conllu";
    public static readonly string[] DevFiles = ["fr_sequoia-ud-dev.conllu", "fr_gsd-ud-dev.conllu"];

    public static Command Create()
    {
        var ud = new Option<string>("--ud") { Description = "Folder holding the UD .conllu files (../shared/data/ud)", DefaultValueFactory = _ => "../shared/data/ud" };
        var output = new Option<string>("--out") { Description = "Model file to write; the card goes beside it as .json", DefaultValueFactory = _ => DefaultModelPath };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => new TaggerTrainingOptions().Epochs };
        var command = new Command("train-tagger", "Train the French part-of-speech tagger and lemmatizer on UD French-Sequoia reproducibly.");
        command.Options.Add(ud);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.SetAction(async (parseResult, ct) =>
        {
            var folder = parseResult.GetValue(ud)!;
            var outPath = parseResult.GetValue(output)!;
            var options = new TaggerTrainingOptions { Epochs = parseResult.GetValue(epochs) };
            var trainPath = Path.Combine(folder, TrainFile);
            var train = ReadTreebank(trainPath);

            var clock = Stopwatch.StartNew();
            var trained = TaggerModel.Train(train, options, (epoch, accuracy) => Console.WriteLine($"epoch {epoch}: train accuracy {accuracy:F4}"));
            var bytes = trained.ToBytes();
            var seconds = clock.Elapsed.TotalSeconds;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await File.WriteAllBytesAsync(outPath, bytes, ct);
            var model = TaggerModel.Load(new MemoryStream(bytes));

            var dev = new JsonArray();
            foreach (var file in DevFiles)
            {
                var path = Path.Combine(folder, file);
                if (!File.Exists(path))
                    continue;
                var scores = TaggerEvaluation.Evaluate(model, ReadTreebank(path));
                Console.WriteLine($"{file}:");
                Console.Write(scores.ToText());
                dev.Add(new JsonObject
                {
                    ["file"] = file,
                    ["sha256"] = await Sha256(path),
                    ["sentences"] = scores.Sentences,
                    ["tokens"] = scores.Tokens,
                    ["uposAccuracy"] = Math.Round(scores.UposAccuracy, 4),
                    ["lemmaAccuracy"] = Math.Round(scores.LemmaAccuracy, 4),
                    ["unknownTokens"] = scores.UnknownTokens,
                    ["unknownUposAccuracy"] = Math.Round(scores.UnknownUposAccuracy, 4),
                    ["unknownLemmaAccuracy"] = Math.Round(scores.UnknownLemmaAccuracy, 4),
                    ["tokenizerF1"] = Math.Round(scores.TokenizerF1, 4),
                });
            }
            var card = new JsonObject
            {
                ["modelVersion"] = model.Version,
                ["modelFile"] = Path.GetFileName(outPath),
                ["bytes"] = bytes.Length,
                ["trainer"] = "ClaimCheck.Language averaged perceptron: greedy UPOS tagger (two previous tags) + lemma table with edit-script classifier",
                ["settings"] = new JsonObject
                {
                    ["epochs"] = options.Epochs,
                    ["seed"] = options.Seed,
                    ["pruneBelow"] = options.PruneBelow,
                    ["tagDictionaryMinCount"] = options.TagDictionaryMinCount,
                    ["tagDictionaryRatio"] = options.TagDictionaryRatio,
                    ["minScriptCount"] = options.MinScriptCount,
                    ["weights"] = "float16",
                },
                ["tags"] = new JsonArray([.. model.Tagger.Tags.Select(t => (JsonNode)t)]),
                ["features"] = model.Tagger.FeatureCount,
                ["knownForms"] = model.Lemmatizer.KnownForms,
                ["lemmaScripts"] = model.Lemmatizer.ScriptCount,
                ["trainingData"] = new JsonObject
                {
                    ["file"] = TrainFile,
                    ["origin"] = "UD French-Sequoia (LGPL-LR), ../shared/data/ud",
                    ["sha256"] = await Sha256(trainPath),
                    ["sentences"] = train.Count,
                    ["tokens"] = train.Sum(s => s.Forms.Length),
                },
                ["devMetrics"] = dev,
                ["trainingSeconds"] = Math.Round(seconds, 1),
                // Informational only: the model version is the file's hash, which this does not enter.
                ["trainedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            };
            await File.WriteAllTextAsync(Path.ChangeExtension(outPath, ".json"),
                card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", ct);
            Console.WriteLine($"model: {outPath} {model.Version} ({bytes.Length:N0} bytes, trained in {seconds:F1} s)");
            return 0;
        });
        return command;
    }

    public static List<TaggedSentence> ReadTreebank(string path)
    {
        using var reader = File.OpenText(path);
        return Conllu.Read(reader).ToList();
    }

    private static async Task<string> Sha256(string path)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));
    }
}
