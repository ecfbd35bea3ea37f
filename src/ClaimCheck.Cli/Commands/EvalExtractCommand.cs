using System.CommandLine;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Cli.Commands;

/// <summary>eval-extract: runs the extractor over a hand-written gold file and prints quote P/R/F1 and speaker accuracy.</summary>
public static class EvalExtractCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSON lines {id, title?, body, language?, quotes:[{kind, text, speaker_id}]}; - for stdin", Required = true };
        var verbose = new Option<bool>("--misses") { Description = "Also list missed, spurious and misattributed quotes" };
        var command = new Command("eval-extract", "Evaluate quote extraction against a gold file.");
        command.Options.Add(gold);
        command.Options.Add(verbose);
        var mode = new Option<ExtractionMode>("--mode") { Description = "combined (what the service runs), rules or learned", DefaultValueFactory = _ => ExtractionMode.Combined };
        command.Options.Add(mode);
        command.SetAction(parseResult =>
        {
            var extractor = new QuoteExtractor(SpeakerRegistry.Shipped) { Mode = parseResult.GetValue(mode) };
            var reader = JudgingFiles.OpenInput(parseResult.GetValue(gold)!);
            var scored = new List<(string, IReadOnlyList<GoldQuote>, IReadOnlyList<ExtractedQuote>)>();
            try
            {
                foreach (var line in ExtractionLines.ReadGold(reader, Console.Error))
                {
                    var article = line.Article;
                    var language = article.Language ?? global::ClaimCheck.Ingestion.LanguageDetector.Detect(article.Body);
                    scored.Add((article.Id, line.Quotes, extractor.Extract(article.Title, article.Body, language)));
                }
            }
            finally
            {
                if (reader != Console.In) reader.Dispose();
            }
            var metrics = ExtractionEvaluation.Evaluate(scored, SpeakerRegistry.Shipped, out var misses);
            Console.WriteLine($"extractor: {extractor.Version} ({extractor.Mode.ToString().ToLowerInvariant()}; attribution model {(global::ClaimCheck.Attribution.AttributionModel.Shipped.Version)})");
            Console.Write(metrics.ToText());
            if (parseResult.GetValue(verbose)) Console.Write(ExtractionEvaluation.Describe(misses));
            return 0;
        });
        return command;
    }
}
