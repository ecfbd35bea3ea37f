using System.Globalization;

namespace ClaimCheck.Attribution;

/// <summary>
/// How well predicted attributions match annotated ones: content precision / recall / F1 (a prediction matches
/// a gold attribution when their content words overlap by at least half of the longer one, each matched at most
/// once, best overlap first) and source accuracy over matched pairs (the predicted source mention overlaps the
/// annotated one, or both have none). Also the same matching for source spans alone.
/// </summary>
public sealed record AttributionMetrics(int Gold, int Predicted, int Matched, int SourcesCorrect, int GoldSources, int PredictedSources, int SourcesMatched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double SourceAccuracy => Matched == 0 ? 0 : (double)SourcesCorrect / Matched;
    public double SourceSpanPrecision => PredictedSources == 0 ? 0 : (double)SourcesMatched / PredictedSources;
    public double SourceSpanRecall => GoldSources == 0 ? 0 : (double)SourcesMatched / GoldSources;
    public double SourceSpanF1 => SourceSpanPrecision + SourceSpanRecall == 0 ? 0 : 2 * SourceSpanPrecision * SourceSpanRecall / (SourceSpanPrecision + SourceSpanRecall);

    public AttributionMetrics Add(AttributionMetrics other) => new(Gold + other.Gold, Predicted + other.Predicted, Matched + other.Matched,
        SourcesCorrect + other.SourcesCorrect, GoldSources + other.GoldSources, PredictedSources + other.PredictedSources, SourcesMatched + other.SourcesMatched);

    public static AttributionMetrics Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public string ToText() => string.Create(CultureInfo.InvariantCulture,
        $"content: gold {Gold}, predicted {Predicted}, matched {Matched}; precision {Precision:F3} recall {Recall:F3} F1 {F1:F3}\n" +
        $"source accuracy on matched {SourceAccuracy:F3} ({SourcesCorrect}/{Matched})\n" +
        $"source spans: gold {GoldSources}, predicted {PredictedSources}, matched {SourcesMatched}; precision {SourceSpanPrecision:F3} recall {SourceSpanRecall:F3} F1 {SourceSpanF1:F3}\n");
}

public static class AttributionEvaluation
{
    /// <summary>Scores what the tagger finds in one annotated text (no speaker resolution: source mentions are compared as spans).</summary>
    public static AttributionMetrics Evaluate(AnnotatedDocument document, AttributionModel model)
    {
        var input = model.Prepare(document.Text, document.Language);
        var (labels, margins) = model.Tagger.Tag(input);
        var found = AttributionDecoder.Decode(input, labels, margins);
        var predicted = found.Select(f => (Content: new CharSpan(input.Tokens[f.First].Start, input.Tokens[f.Last].End),
            Source: f.Source is { } s ? new CharSpan(input.Tokens[s.First].Start, input.Tokens[s.Last].End) : (CharSpan?)null)).ToList();
        return Score(document, predicted, AttributionDecoder.Spans(labels, 1).Select(s => new CharSpan(input.Tokens[s.First].Start, input.Tokens[s.Last].End)).ToList());
    }

    public static AttributionMetrics Score(AnnotatedDocument document, IReadOnlyList<(CharSpan Content, CharSpan? Source)> predicted, IReadOnlyList<CharSpan> predictedSourceSpans)
    {
        var text = document.Text;
        var gold = document.Attributions;
        var goldWords = gold.Select(a => Words(text, a.Content)).ToList();
        var predictedWords = predicted.Select(p => Words(text, [p.Content])).ToList();
        var pairs = new List<(int Gold, int Predicted, double Score)>();
        for (var g = 0; g < gold.Count; g++)
            for (var p = 0; p < predicted.Count; p++)
            {
                var overlap = Extraction.ExtractionEvaluation.Overlap(goldWords[g], predictedWords[p]);
                var longer = Math.Max(goldWords[g].Count, predictedWords[p].Count);
                if (longer > 0 && overlap * 2 >= longer) pairs.Add((g, p, (double)overlap / longer));
            }
        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[predicted.Count];
        int matched = 0, sources = 0;
        foreach (var (g, p, _) in pairs.OrderByDescending(c => c.Score).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (goldUsed[g] || predictedUsed[p]) continue;
            goldUsed[g] = predictedUsed[p] = true;
            matched++;
            var goldSource = gold[g].Source;
            var predictedSource = predicted[p].Source;
            if (goldSource.Count == 0 ? predictedSource is null : predictedSource is { } ps && goldSource.Any(s => s.Overlaps(ps))) sources++;
        }

        var goldSourceSpans = gold.SelectMany(a => a.Source).Distinct().ToList();
        var sourceUsed = new bool[goldSourceSpans.Count];
        var sourcesMatched = 0;
        foreach (var span in predictedSourceSpans)
        {
            var predictedSpanWords = Words(text, [span]);
            for (var g = 0; g < goldSourceSpans.Count; g++)
            {
                if (sourceUsed[g]) continue;
                var goldSpanWords = Words(text, [goldSourceSpans[g]]);
                var longer = Math.Max(goldSpanWords.Count, predictedSpanWords.Count);
                if (longer > 0 && Extraction.ExtractionEvaluation.Overlap(goldSpanWords, predictedSpanWords) * 2 >= longer) { sourceUsed[g] = true; sourcesMatched++; break; }
            }
        }
        return new AttributionMetrics(gold.Count, predicted.Count, matched, sources, goldSourceSpans.Count, predictedSourceSpans.Count, sourcesMatched);
    }

    /// <summary>The folded words (letters and digits) of the given ranges, in order.</summary>
    internal static List<string> Words(string text, IEnumerable<CharSpan> spans)
    {
        var words = new List<string>();
        foreach (var span in spans)
        {
            var i = Math.Max(0, span.Start);
            var end = Math.Min(text.Length, span.End);
            while (i < end)
            {
                while (i < end && !char.IsLetterOrDigit(text[i])) i++;
                var start = i;
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
                if (i > start) words.Add(AttributionLexicon.Fold(text.AsSpan(start, i - start)));
            }
        }
        return words;
    }
}
