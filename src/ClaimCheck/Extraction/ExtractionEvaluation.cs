using System.Globalization;
using System.Text;

namespace ClaimCheck.Extraction;

/// <summary>How well extraction matched the gold: quote detection precision/recall/F1 and speaker accuracy over matched quotes.</summary>
public sealed record ExtractionMetrics(int Gold, int Predicted, int Matched, int SpeakersCorrect)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => Matched == 0 ? 0 : (double)SpeakersCorrect / Matched;

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"quotes: gold {Gold}, predicted {Predicted}, matched {Matched}\nprecision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}\nspeaker accuracy {SpeakerAccuracy:F3} ({SpeakersCorrect}/{Matched})\n");
}

/// <summary>One gold quote the extractor missed or got the speaker wrong on, or one quote it found that the gold lacks.</summary>
public sealed record ExtractionMiss(string ArticleId, string Problem, string Text, string? Expected, string? Found);

/// <summary>
/// Scores extracted quotes against hand-written gold. A predicted quote matches a gold quote of the same
/// article when their shared tokens (folded, counted with multiplicity) are at least half the tokens of the
/// longer one; each quote matches at most once, best overlap first.
/// </summary>
public static class ExtractionEvaluation
{
    public static ExtractionMetrics Evaluate(IEnumerable<(string ArticleId, IReadOnlyList<GoldQuote> Gold, IReadOnlyList<ExtractedQuote> Predicted)> articles) =>
        Evaluate(articles, null, out _);

    /// <param name="registry">
    /// When given, gold speaker ids are read through it, so a gold written with another spelling of a known
    /// person's id ("dmitry-peskov") is compared with the registry's id for them.
    /// </param>
    public static ExtractionMetrics Evaluate(
        IEnumerable<(string ArticleId, IReadOnlyList<GoldQuote> Gold, IReadOnlyList<ExtractedQuote> Predicted)> articles, Speakers.SpeakerRegistry? registry,
        out List<ExtractionMiss> misses)
    {
        misses = [];
        int gold = 0, predicted = 0, matched = 0, speakers = 0;
        foreach (var (articleId, goldQuotes, predictedQuotes) in articles)
        {
            gold += goldQuotes.Count;
            predicted += predictedQuotes.Count;
            var goldTokens = goldQuotes.Select(q => Tokens(q.Text)).ToList();
            var predictedTokens = predictedQuotes.Select(q => Tokens(q.Text)).ToList();
            var candidates = new List<(int Gold, int Predicted, double Score)>();
            for (var g = 0; g < goldQuotes.Count; g++)
                for (var p = 0; p < predictedQuotes.Count; p++)
                {
                    var overlap = Overlap(goldTokens[g], predictedTokens[p]);
                    var longer = Math.Max(goldTokens[g].Count, predictedTokens[p].Count);
                    if (longer > 0 && overlap * 2 >= longer) candidates.Add((g, p, (double)overlap / longer));
                }
            var goldUsed = new bool[goldQuotes.Count];
            var predictedUsed = new bool[predictedQuotes.Count];
            foreach (var (g, p, _) in candidates.OrderByDescending(c => c.Score))
            {
                if (goldUsed[g] || predictedUsed[p]) continue;
                goldUsed[g] = predictedUsed[p] = true;
                matched++;
                var expected = registry is null ? goldQuotes[g].SpeakerId : registry.CanonicalIdOf(goldQuotes[g].SpeakerId);
                if (string.Equals(expected, predictedQuotes[p].SpeakerId, StringComparison.Ordinal)) speakers++;
                else misses.Add(new ExtractionMiss(articleId, "speaker", goldQuotes[g].Text, goldQuotes[g].SpeakerId, predictedQuotes[p].SpeakerId));
            }
            for (var g = 0; g < goldQuotes.Count; g++)
                if (!goldUsed[g]) misses.Add(new ExtractionMiss(articleId, "missed", goldQuotes[g].Text, goldQuotes[g].SpeakerId, null));
            for (var p = 0; p < predictedQuotes.Count; p++)
                if (!predictedUsed[p]) misses.Add(new ExtractionMiss(articleId, "spurious", predictedQuotes[p].Text, null, predictedQuotes[p].SpeakerId));
        }
        return new ExtractionMetrics(gold, predicted, matched, speakers);
    }

    internal static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var position = 0;
        while (Speakers.SpeakerRegistry.NextWord(text, position, out var start, out var end))
        {
            tokens.Add(TextFold.Fold(text.AsSpan(start, end - start)));
            position = end;
        }
        return tokens;
    }

    /// <summary>Shared words over the words of the longer list: the matching score of quotes.</summary>
    internal static double Similarity(List<string> a, List<string> b)
    {
        var longer = Math.Max(a.Count, b.Count);
        return longer == 0 ? 0 : (double)Overlap(a, b) / longer;
    }

    /// <summary>Words the two lists share, counted with multiplicity.</summary>
    internal static int Overlap(List<string> a, List<string> b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in a) counts[t] = counts.GetValueOrDefault(t) + 1;
        var overlap = 0;
        foreach (var t in b)
            if (counts.TryGetValue(t, out var n) && n > 0) { counts[t] = n - 1; overlap++; }
        return overlap;
    }

    public static string Describe(IEnumerable<ExtractionMiss> misses)
    {
        var builder = new StringBuilder();
        foreach (var miss in misses)
            builder.Append(CultureInfo.InvariantCulture, $"{miss.ArticleId}\t{miss.Problem}\texpected={miss.Expected ?? "null"}\tfound={miss.Found ?? "null"}\t{miss.Text}\n");
        return builder.ToString();
    }
}
