using System.Globalization;
using System.Text;

namespace ClaimCheck.Extraction;

/// <summary>How well extraction matched the gold: quote detection precision/recall/F1 and speaker accuracy over matched quotes.</summary>
public sealed record ExtractionMetrics(int Gold, int Predicted, int Matched, int SpeakersCorrect)
{
    /// <summary>Matched quotes whose speaker was scored: all of them, unless the gold names no speaker for some (see <see cref="ExtractionEvaluation.EvaluateByName"/>).</summary>
    public int SpeakersScored { get; init; } = Matched;

    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SpeakerAccuracy => SpeakersScored == 0 ? 0 : (double)SpeakersCorrect / SpeakersScored;

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"quotes: gold {Gold}, predicted {Predicted}, matched {Matched}\nprecision {Precision:F3}  recall {Recall:F3}  F1 {F1:F3}\nspeaker accuracy {SpeakerAccuracy:F3} ({SpeakersCorrect}/{SpeakersScored})\n");
}

/// <summary>One gold quote the extractor missed or got the speaker wrong on, or one quote it found that the gold lacks.</summary>
public sealed record ExtractionMiss(string ArticleId, string Problem, string Text, string? Expected, string? Found)
{
    /// <summary>For a wrong speaker: the text of the extracted quote the gold quote was matched with.</summary>
    public string? FoundText { get; init; }
}

/// <summary>
/// Scores extracted quotes against hand-written gold. A predicted quote matches a gold quote of the same
/// article when their shared tokens (folded, counted with multiplicity) are at least half the tokens of the
/// longer one; each quote matches at most once, best overlap first.
/// </summary>
public static class ExtractionEvaluation
{
    public static ExtractionMetrics Evaluate(IEnumerable<(string ArticleId, IReadOnlyList<GoldQuote> Gold, IReadOnlyList<ExtractedQuote> Predicted)> articles) =>
        Evaluate(articles, (Speakers.SpeakerRegistry?)null, out _);

    /// <param name="registry">
    /// When given, gold speaker ids are read through it, so a gold written with another spelling of a known
    /// person's id ("dmitry-peskov") is compared with the registry's id for them.
    /// </param>
    public static ExtractionMetrics Evaluate(
        IEnumerable<(string ArticleId, IReadOnlyList<GoldQuote> Gold, IReadOnlyList<ExtractedQuote> Predicted)> articles, Speakers.SpeakerRegistry? registry,
        out List<ExtractionMiss> misses) =>
        Score(articles, (goldQuote, predictedQuote) =>
            string.Equals(registry is null ? goldQuote.SpeakerId : registry.CanonicalIdOf(goldQuote.SpeakerId), predictedQuote.SpeakerId, StringComparison.Ordinal),
            out misses);

    /// <summary>
    /// As <see cref="Evaluate(IEnumerable{ValueTuple{string, IReadOnlyList{GoldQuote}, IReadOnlyList{ExtractedQuote}}}, Speakers.SpeakerRegistry?, out List{ExtractionMiss})"/>,
    /// for a gold whose <see cref="GoldQuote.SpeakerId"/> holds the speaker as the article names them ("Trump",
    /// "Sen. Tim Kaine") and null where the source is no name ("he", "a source"): those quotes count for
    /// detection but not for the speaker figure. A predicted speaker is right when <see cref="SpeakerNames.SameName"/>
    /// holds, the comparison of issue #9's held-out English measure (last name, or one name's words within the other's).
    /// </summary>
    public static ExtractionMetrics EvaluateByName(
        IEnumerable<(string ArticleId, IReadOnlyList<GoldQuote> Gold, IReadOnlyList<ExtractedQuote> Predicted)> articles, out List<ExtractionMiss> misses) =>
        Score(articles, (goldQuote, predictedQuote) =>
            goldQuote.SpeakerId is null ? null : SpeakerNames.SameName(goldQuote.SpeakerId, predictedQuote.Speaker), out misses);

    /// <param name="speakerCheck">Whether the predicted quote's speaker is the gold one's; null when the gold quote's speaker is not scored.</param>
    private static ExtractionMetrics Score(
        IEnumerable<(string ArticleId, IReadOnlyList<GoldQuote> Gold, IReadOnlyList<ExtractedQuote> Predicted)> articles,
        Func<GoldQuote, ExtractedQuote, bool?> speakerCheck, out List<ExtractionMiss> misses)
    {
        misses = [];
        int gold = 0, predicted = 0, matched = 0, speakers = 0, scored = 0;
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
                var right = speakerCheck(goldQuotes[g], predictedQuotes[p]);
                if (right is null) continue;
                scored++;
                if (right.Value) speakers++;
                else misses.Add(new ExtractionMiss(articleId, "speaker", goldQuotes[g].Text, goldQuotes[g].SpeakerId, predictedQuotes[p].SpeakerId) { FoundText = predictedQuotes[p].Text });
            }
            for (var g = 0; g < goldQuotes.Count; g++)
                if (!goldUsed[g]) misses.Add(new ExtractionMiss(articleId, "missed", goldQuotes[g].Text, goldQuotes[g].SpeakerId, null));
            for (var p = 0; p < predictedQuotes.Count; p++)
                if (!predictedUsed[p]) misses.Add(new ExtractionMiss(articleId, "spurious", predictedQuotes[p].Text, null, predictedQuotes[p].SpeakerId));
        }
        return new ExtractionMetrics(gold, predicted, matched, speakers) { SpeakersScored = scored };
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
            builder.Append(CultureInfo.InvariantCulture, $"{miss.ArticleId}\t{miss.Problem}\texpected={miss.Expected ?? "null"}\tfound={miss.Found ?? "null"}\t{miss.Text}{(miss.FoundText is { } t && t != miss.Text ? "\tmatched: " + t : "")}\n");
        return builder.ToString();
    }
}
