using System.CommandLine;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Cli.Commands;

/// <summary>eval-extract: runs the extractor over a hand-written gold file and prints quote P/R/F1 and speaker accuracy.</summary>
public static class EvalExtractCommand
{
    public static Command Create()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold JSON lines {id, title?, body, language?, quotes:[{kind, text, speaker_id}]}; - for stdin" };
        var polnear = new Option<string?>("--polnear") { Description = "Instead of --gold, a PolNeAR split folder (text/ and attributions/): every attribution is a gold quote, its source's name (if it has one) the speaker, compared by name" };
        var aads = new Option<string?>("--aads") { Description = "Instead of --gold, the AADS French direct-speech corpus (JSON): its test chapters, every direct speech a gold quote without speaker" };
        var verbose = new Option<bool>("--misses") { Description = "Also list missed, spurious and misattributed quotes" };
        var command = new Command("eval-extract", "Evaluate quote extraction against a gold file.");
        command.Options.Add(gold);
        command.Options.Add(verbose);
        command.Options.Add(polnear);
        command.Options.Add(aads);
        command.Validators.Add(result =>
        {
            var given = new[] { result.GetValue(gold), result.GetValue(polnear), result.GetValue(aads) }.Count(v => v is not null);
            if (given != 1) result.AddError("give one of --gold FILE, --polnear FOLDER or --aads FILE");
        });
        var mode = new Option<ExtractionMode>("--mode") { Description = "combined (what the service runs), rules or learned", DefaultValueFactory = _ => ExtractionMode.Combined };
        command.Options.Add(mode);
        command.SetAction(parseResult =>
        {
            var extractor = new QuoteExtractor(SpeakerRegistry.Shipped) { Mode = parseResult.GetValue(mode) };
            if (parseResult.GetValue(polnear) is { } split) return EvaluatePolnear(extractor, split, parseResult.GetValue(verbose));
            if (parseResult.GetValue(aads) is { } corpus) return EvaluateAads(extractor, corpus, parseResult.GetValue(verbose));
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

    /// <summary>Scores the extractor on a PolNeAR split as a whole pipeline (<see cref="PolnearGold"/>).</summary>
    private static int EvaluatePolnear(QuoteExtractor extractor, string split, bool verbose)
    {
        var scored = new List<(string, IReadOnlyList<GoldQuote>, IReadOnlyList<ExtractedQuote>)>();
        int named = 0, unnamedMatched = 0, unnamedGivenName = 0;
        foreach (var document in AttributionCorpora.ReadPolnear(split))
        {
            var (title, body, goldQuotes) = PolnearGold.From(document);
            named += goldQuotes.Count(q => q.SpeakerId is not null);
            var predicted = PolnearGold.Extract(extractor, title, body);
            scored.Add((document.Id, goldQuotes, predicted));
            var unnamed = ExtractionEvaluation.Evaluate([(document.Id, (IReadOnlyList<GoldQuote>)goldQuotes.Where(q => q.SpeakerId is null).ToList(), (IReadOnlyList<ExtractedQuote>)predicted)], (SpeakerRegistry?)null, out _);
            unnamedMatched += unnamed.Matched;
            unnamedGivenName += unnamed.Matched - unnamed.SpeakersCorrect;
        }
        var metrics = ExtractionEvaluation.EvaluateByName(scored, out var misses);
        Console.WriteLine($"extractor: {extractor.Version} ({extractor.Mode.ToString().ToLowerInvariant()}; attribution model {ClaimCheck.Attribution.AttributionModel.Shipped.Version})");
        Console.WriteLine($"PolNeAR {Path.GetFileName(Path.TrimEndingDirectorySeparator(split))}: {scored.Count} articles, {named} of the gold sources name someone");
        Console.Write(metrics.ToText());
        Console.WriteLine($"matched quotes whose source names nobody (\"he\", \"officials\"): {unnamedMatched}, given a speaker: {unnamedGivenName}");
        if (verbose) Console.Write(ExtractionEvaluation.Describe(misses));
        return 0;
    }

    /// <summary>
    /// Scores the extractor on the AADS test chapters (French novels, « » and dialogue dashes): each annotated direct
    /// speech is a gold quote. AADS names no speakers, so only quote detection is scored, once over every quote the
    /// extractor reports and once over its direct quotes alone (AADS annotates no indirect speech).
    /// </summary>
    private static int EvaluateAads(QuoteExtractor extractor, string file, bool verbose)
    {
        var (train, test) = AttributionCorpora.ReadAads(file);
        Console.WriteLine($"extractor: {extractor.Version} ({extractor.Mode.ToString().ToLowerInvariant()}; attribution model {ClaimCheck.Attribution.AttributionModel.Shipped.Version})");
        List<ExtractionMiss> misses = [];
        foreach (var (name, chapters) in new[] { ("AADS train+val", train), ("AADS test", test) })
        {
            var all = new List<(string, IReadOnlyList<GoldQuote>, IReadOnlyList<ExtractedQuote>)>();
            var direct = new List<(string, IReadOnlyList<GoldQuote>, IReadOnlyList<ExtractedQuote>)>();
            foreach (var chapter in chapters)
            {
                var gold = chapter.Attributions.Select(a => new GoldQuote(QuoteKind.Direct, string.Join(' ', a.Content.Select(r => chapter.Text[r.Start..r.End])), null)).ToList();
                var predicted = extractor.Extract(null, chapter.Text, "fr").Where(q => q.Kind != QuoteKind.Headline).ToList();
                all.Add((chapter.Id, gold, predicted));
                direct.Add((chapter.Id, gold, predicted.Where(q => q.Kind == QuoteKind.Direct).ToList()));
            }
            Console.WriteLine($"{name}: {chapters.Count} chapters, {all.Sum(a => a.Item2.Count)} direct speeches");
            Console.WriteLine("  every quote:       " + QuoteFigures(ExtractionEvaluation.Evaluate(all, (SpeakerRegistry?)null, out misses)));
            Console.WriteLine("  direct quotes only: " + QuoteFigures(ExtractionEvaluation.Evaluate(direct, (SpeakerRegistry?)null, out _)));
        }
        if (verbose) Console.Write(ExtractionEvaluation.Describe(misses));
        return 0;
    }

    private static string QuoteFigures(ExtractionMetrics m) =>
        string.Join("  ", m.ToText().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("speaker", StringComparison.Ordinal)));
}
