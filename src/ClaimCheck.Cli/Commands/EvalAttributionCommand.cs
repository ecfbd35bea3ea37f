using System.CommandLine;
using ClaimCheck.Attribution;

namespace ClaimCheck.Cli.Commands;

/// <summary>eval-attribution: scores the shipped attribution tagger on PolNeAR dev and the held-out fifth of ASFALDA.</summary>
public static class EvalAttributionCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared data folder", DefaultValueFactory = _ => AttributionCorpora.DefaultData };
        var command = new Command("eval-attribution", "Score the attribution tagger on PolNeAR dev (content F1, source accuracy) and the ASFALDA held-out sentences.");
        var trace = new Option<string?>("--trace") { Description = "Instead of scoring, print each token of this text file with its tag, and the attributions and speakers found" };
        var profile = new Option<string?>("--profile") { Description = "Instead of scoring, time each stage of the learned pipeline on the bodies of this JSON-lines file (two passes, the second reported)" };
        var language = new Option<string>("--language") { Description = "Language of the --trace text (fr or en)", DefaultValueFactory = _ => "fr" };
        command.Options.Add(data);
        command.Options.Add(trace);
        command.Options.Add(profile);
        command.Options.Add(language);
        command.SetAction((parseResult, _) =>
        {
            var root = parseResult.GetValue(data)!;
            var model = AttributionModel.Shipped;
            if (parseResult.GetValue(profile) is { } profileFile)
            {
                var texts = File.ReadAllLines(profileFile).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("body").GetString()!).ToList();
                var sw = new System.Diagnostics.Stopwatch();
                double prep = 0, tag = 0, dec = 0, res = 0, ana = 0;
                for (var pass = 0; pass < 2; pass++)
                {
                    prep = tag = dec = res = ana = 0;
                    foreach (var t in texts)
                    {
                        sw.Restart(); var an = global::ClaimCheck.Language.LanguageAnalyzer.Default.Analyze(t, "fr"); ana += sw.Elapsed.TotalSeconds;
                        sw.Restart(); var input = model.Prepare(t, "fr"); prep += sw.Elapsed.TotalSeconds;
                        sw.Restart(); var (labels, margins) = model.Tagger.Tag(input); tag += sw.Elapsed.TotalSeconds;
                        sw.Restart(); var found = AttributionDecoder.Decode(input, labels, margins); dec += sw.Elapsed.TotalSeconds;
                        sw.Restart(); var sp = new SpeakerResolver(Speakers.SpeakerRegistry.Shipped, model.Lexicon).Resolve(input, found); res += sw.Elapsed.TotalSeconds;
                    }
                }
                var megabytes = texts.Sum(t => (long)t.Length * 2) / 1e6 / 2;
                Console.WriteLine($"{texts.Count} texts, {megabytes:F1} M characters, second pass, one thread (seconds):");
                Console.WriteLine($"language layer {ana:F2}; attribution input (language layer included) {prep:F2}; tagging {tag:F2}; decoding {dec:F2}; speaker resolution {res:F2}");
                return Task.FromResult(0);
            }
            if (parseResult.GetValue(trace) is { } file)
            {
                Trace(model, File.ReadAllText(file), parseResult.GetValue(language)!);
                return Task.FromResult(0);
            }
            var dev = AttributionCorpora.ReadPolnear(Path.Combine(root, "polnear-en", "data", "dev"));
            var (_, heldOut) = AttributionCorpora.ReadAsfalda(Path.Combine(root, "asfalda-fr"));
            Console.WriteLine($"attribution model {model.Version}");
            Console.WriteLine($"PolNeAR dev ({dev.Count} articles):");
            Console.Write(TrainAttributionCommand.Sum(dev.Select(d => AttributionEvaluation.Evaluate(d, model))).ToText());
            Console.WriteLine($"ASFALDA held-out ({heldOut.Count} sentences):");
            Console.Write(TrainAttributionCommand.Sum(heldOut.Select(d => AttributionEvaluation.Evaluate(d, model))).ToText());
            var (_, aadsTest) = AttributionCorpora.ReadAads(Path.Combine(root, "dialogue-fr-aads", "aggregated_corpus.no_fr-litbank.json"));
            Console.WriteLine($"AADS test ({aadsTest.Count} chapters, direct speech only):");
            Console.Write(TrainAttributionCommand.Sum(aadsTest.Select(d => AttributionEvaluation.Evaluate(d, model))).ToText());
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Trace(AttributionModel model, string text, string language)
    {
        var input = model.Prepare(text, language);
        var (labels, margins) = model.Tagger.Tag(input);
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < input.Count; i++)
        {
            if (input.SentenceStart[i] && line.Length > 0) { Console.WriteLine(line); line.Clear(); }
            line.Append(input.TokenText(i));
            if (labels[i] != AttributionLabel.Outside) line.Append('/').Append(AttributionLabel.Names[labels[i]]);
            line.Append(' ');
        }
        Console.WriteLine(line);
        var reading = model.Read(text, language, Speakers.SpeakerRegistry.Shipped);
        foreach (var (attribution, speaker) in reading.Findings)
        {
            string Span((int First, int Last)? s) => s is { } v ? text[input.Tokens[v.First].Start..input.Tokens[v.Last].End] : "-";
            Console.WriteLine($"content [{string.Join(" | ", attribution.Content.Select(c => Span(c)))}] cue [{Span(attribution.Cue)}] source [{Span(attribution.Source)}] -> {speaker?.Id ?? "null"} ({speaker?.How})");
        }
    }
}
