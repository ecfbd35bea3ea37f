using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests;

/// <summary>The hand-written gold (samples/gold/extraction-gold.jsonl) and the targets the extractor is held to.</summary>
public class ExtractionGoldTests
{
    private static readonly string GoldPath = Path.Combine(Path.GetDirectoryName(SampleCorpus.Directory)!, "gold", "extraction-gold.jsonl");

    private static (ExtractionMetrics Metrics, List<ExtractionMiss> Misses) Evaluate(Func<GoldArticle, bool> which)
    {
        var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
        using var reader = new StreamReader(GoldPath);
        var errors = new StringWriter();
        var scored = ExtractionLines.ReadGold(reader, errors).Where(which)
            .Select(g => (g.Article.Id, g.Quotes, extractor.Extract(g.Article.Title, g.Article.Body, g.Article.Language ?? "fr")))
            .ToList();
        errors.ToString().ShouldBeEmpty();
        var metrics = ExtractionEvaluation.Evaluate(scored, SpeakerRegistry.Shipped, out var misses);
        return (metrics, misses);
    }

    [Fact]
    public void The_gold_holds_every_sample_article_and_at_least_thirty_authored_sentences_per_language()
    {
        using var reader = new StreamReader(GoldPath);
        var gold = ExtractionLines.ReadGold(reader, TextWriter.Null).ToList();
        gold.Count(g => g.Article.Id.StartsWith("sample-")).ShouldBe(5);
        gold.Count(g => g.Origin == "authored" && g.Article.Language == "en").ShouldBeGreaterThanOrEqualTo(30);
        gold.Count(g => g.Origin == "authored" && g.Article.Language == "fr").ShouldBeGreaterThanOrEqualTo(30);
    }

    [Fact]
    public void Extraction_meets_the_quote_F1_and_speaker_accuracy_targets_on_the_gold()
    {
        var (metrics, misses) = Evaluate(_ => true);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "extraction-gold-misses.txt"), metrics.ToText() + ExtractionEvaluation.Describe(misses));
        metrics.F1.ShouldBeGreaterThanOrEqualTo(0.95, ExtractionEvaluation.Describe(misses));
        metrics.SpeakerAccuracy.ShouldBeGreaterThanOrEqualTo(0.90, ExtractionEvaluation.Describe(misses));
    }
}
