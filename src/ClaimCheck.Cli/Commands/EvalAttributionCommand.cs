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
        var language = new Option<string>("--language") { Description = "Language of the --trace text (fr or en)", DefaultValueFactory = _ => "fr" };
        command.Options.Add(data);
        command.Options.Add(trace);
        command.Options.Add(language);
        command.SetAction((parseResult, _) =>
        {
            var root = parseResult.GetValue(data)!;
            var model = AttributionModel.Shipped;
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
