using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimCheck.Attribution;
using ClaimCheck.Language;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// train-attribution: builds the attribution lexicon from the public word lists, trains the attribution tagger on
/// PolNeAR train (English) and 80% of ASFALDA (French), measures it on PolNeAR dev and the held-out 20% of
/// ASFALDA, and writes models/attribution-tagger.bin, models/attribution-lexicon.tsv and the card
/// models/attribution.json (model version, every input file's SHA-256, settings, dev figures). The domain
/// assembly embeds the two model files at its next build.
/// </summary>
public static class TrainAttributionCommand
{
    /// <summary>
    /// Averaged weights below this are dropped: it keeps the model small enough for its table to stay in cache,
    /// which is what bounds tagging speed (see README).
    /// </summary>
    private const float PruneBelow = 0.5f;

    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder", DefaultValueFactory = _ => AttributionCorpora.DefaultData };
        var output = new Option<string>("--out") { Description = "Folder for the model files and card", DefaultValueFactory = _ => "models" };
        var epochs = new Option<int>("--epochs") { Description = "Training passes", DefaultValueFactory = _ => 8 };
        var dialogueWeight = new Option<int>("--dialogue-share") { Description = "Percent of the AADS training chapters to train on (0 leaves literary dialogue out)", DefaultValueFactory = _ => 100 };
        var command = new Command("train-attribution", "Train the quote attribution tagger (PolNeAR + ASFALDA) and write it with its card.");
        command.Options.Add(data);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(dialogueWeight);
        command.SetAction(async (parseResult, ct) =>
        {
            var root = parseResult.GetValue(data)!;
            var outDirectory = parseResult.GetValue(output)!;
            var passes = parseResult.GetValue(epochs);
            var clock = Stopwatch.StartNew();

            var polnearTrain = AttributionCorpora.ReadPolnear(Path.Combine(root, "polnear-en", "data", "train"));
            var polnearDev = AttributionCorpora.ReadPolnear(Path.Combine(root, "polnear-en", "data", "dev"));
            var (asfaldaTrain, asfaldaHeldOut) = AttributionCorpora.ReadAsfalda(Path.Combine(root, "asfalda-fr"));
            var aadsFile = Path.Combine(root, "dialogue-fr-aads", "aggregated_corpus.no_fr-litbank.json");
            var (aadsTrain, aadsTest) = AttributionCorpora.ReadAads(aadsFile);
            Console.WriteLine($"read PolNeAR train {polnearTrain.Count} articles / dev {polnearDev.Count}; ASFALDA train {asfaldaTrain.Count} sentences / held out {asfaldaHeldOut.Count}; AADS train {aadsTrain.Count} chapters / test {aadsTest.Count} ({clock.Elapsed.TotalSeconds:F1} s)");

            var lexiconFiles = new[]
            {
                Path.Combine(root, "lexicons", "ggt", "fr_quote_verb_list.txt"),
                Path.Combine(root, "lexicons", "ggt", "en_quote_verb_list.txt"),
                Path.Combine(root, "lexicons", "genderednews", "prenoms_clean.csv"),
                Path.Combine(root, "lexicons", "ssa", "maxoccurbysex.txt"),
                Path.Combine(root, "lexicons", "genderednews", "occupations_clean.csv"),
            };
            var verbs = (await File.ReadAllLinesAsync(lexiconFiles[0], ct)).Concat(await File.ReadAllLinesAsync(lexiconFiles[1], ct));
            var lexicon = AttributionLexiconBuilder.Build(verbs, await File.ReadAllTextAsync(lexiconFiles[2], ct), await File.ReadAllTextAsync(lexiconFiles[3], ct),
                await File.ReadAllTextAsync(lexiconFiles[4], ct), polnearTrain.Concat(asfaldaTrain));
            Console.WriteLine($"lexicon: {lexicon.CueCount} cue forms, {lexicon.FirstNameCount} first names");

            var dialogueShare = Math.Clamp(parseResult.GetValue(dialogueWeight), 0, 100);
            var aadsUsed = aadsTrain.Take((aadsTrain.Count * dialogueShare + 99) / 100).ToList();
            var training = polnearTrain.Concat(asfaldaTrain).Concat(aadsUsed)
                .Select(d => { var input = AttributionModel.Prepare(d.Text, d.Language, lexicon); return (input, AttributionLabel.FromAnnotations(input.Tokens, d.Attributions), d.ContentOnly); })
                .ToList();
            var tagger = AttributionTagger.Train(training, passes, seed: 1,
                (epoch, accuracy) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"epoch {epoch}: training tag accuracy {accuracy:F4} ({clock.Elapsed.TotalSeconds:F0} s)")));
            var pruned = tagger.Model.Prune(PruneBelow);

            Directory.CreateDirectory(outDirectory);
            var taggerPath = Path.Combine(outDirectory, "attribution-tagger.bin");
            var lexiconPath = Path.Combine(outDirectory, "attribution-lexicon.tsv");
            using (var buffer = new MemoryStream())
            {
                tagger.Model.Save(buffer);
                await File.WriteAllBytesAsync(taggerPath, buffer.ToArray(), ct);
            }
            await using (var writer = new StreamWriter(lexiconPath, false, new UTF8Encoding(false)))
                lexicon.Write(writer);

            AttributionModel model;
            await using (var taggerStream = File.OpenRead(taggerPath))
            await using (var lexiconStream = File.OpenRead(lexiconPath))
                model = AttributionModel.Load(taggerStream, lexiconStream);

            var english = Sum(polnearDev.Select(d => AttributionEvaluation.Evaluate(d, model)));
            var french = Sum(asfaldaHeldOut.Select(d => AttributionEvaluation.Evaluate(d, model)));
            var dialogue = Sum(aadsTest.Select(d => AttributionEvaluation.Evaluate(d, model)));
            Console.WriteLine($"model {model.Version}: {tagger.Model.FeatureCount} features after pruning {pruned}");
            Console.WriteLine("PolNeAR dev:");
            Console.Write(english.ToText());
            Console.WriteLine("ASFALDA held-out 20%:");
            Console.Write(french.ToText());
            Console.WriteLine("AADS test (French novels, direct speech only: content figures):");
            Console.Write(dialogue.ToText());

            var card = new JsonObject
            {
                ["modelVersion"] = model.Version,
                ["files"] = new JsonArray("attribution-tagger.bin", "attribution-lexicon.tsv"),
                ["trainer"] = $"averaged perceptron, greedy left-to-right BIO tagging of source/cue/content, {passes} epochs, seed 1, {dialogueShare}% of the AADS training chapters, weights pruned below {PruneBelow}, float16",
                ["trainingData"] = new JsonObject
                {
                    ["polnear-en/data/train"] = new JsonObject { ["articles"] = polnearTrain.Count, ["attributions"] = polnearTrain.Sum(d => d.Attributions.Count), ["sha256"] = await AttributionCorpora.Sha256OfFiles(Directory.GetFiles(Path.Combine(root, "polnear-en", "data", "train"), "*", SearchOption.AllDirectories)) },
                    ["dialogue-fr-aads train+val (content only)"] = new JsonObject { ["chapters"] = aadsUsed.Count, ["speeches"] = aadsUsed.Sum(d => d.Attributions.Count), ["sha256"] = await AttributionCorpora.Sha256OfFiles([aadsFile]) },
                    ["asfalda-fr (80% of sentences by SHA-256 of the sentence id)"] = new JsonObject { ["sentences"] = asfaldaTrain.Count, ["attributions"] = asfaldaTrain.Sum(d => d.Attributions.Count), ["sha256"] = await AttributionCorpora.Sha256OfFiles(Directory.GetFiles(Path.Combine(root, "asfalda-fr", "allanno_communication"))) },
                },
                ["lexiconData"] = new JsonArray(await Task.WhenAll(lexiconFiles.Select(async f => (JsonNode)new JsonObject { ["file"] = Path.GetRelativePath(root, f).Replace('\\', '/'), ["sha256"] = await AttributionCorpora.Sha256OfFiles([f]) }))),
                ["devMetrics"] = new JsonObject
                {
                    ["polnear-en/data/dev"] = Metrics(english, polnearDev.Count),
                    ["asfalda-fr held-out 20%"] = Metrics(french, asfaldaHeldOut.Count),
                    ["dialogue-fr-aads test (content only)"] = Metrics(dialogue, aadsTest.Count),
                },
                ["trainedAt"] = DateTimeOffset.UtcNow.ToString("O"),
            };
            await File.WriteAllTextAsync(Path.Combine(outDirectory, "attribution.json"),
                card.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", ct);
            Console.WriteLine($"wrote {taggerPath}, {lexiconPath} and attribution.json in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return command;
    }

    internal static AttributionMetrics Sum(IEnumerable<AttributionMetrics> metrics) => metrics.Aggregate(AttributionMetrics.Zero, (a, b) => a.Add(b));

    private static JsonObject Metrics(AttributionMetrics m, int documents) => new()
    {
        ["documents"] = documents,
        ["goldAttributions"] = m.Gold,
        ["contentPrecision"] = Math.Round(m.Precision, 4),
        ["contentRecall"] = Math.Round(m.Recall, 4),
        ["contentF1"] = Math.Round(m.F1, 4),
        ["sourceAccuracyOnMatched"] = Math.Round(m.SourceAccuracy, 4),
        ["sourceSpanF1"] = Math.Round(m.SourceSpanF1, 4),
    };
}
