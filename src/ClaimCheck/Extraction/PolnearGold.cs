using ClaimCheck.Attribution;

namespace ClaimCheck.Extraction;

/// <summary>
/// A PolNeAR article (<see cref="PolnearReader"/>) as an extraction gold, to score the whole extractor the way the
/// service runs it: the text's first line is the headline, every attribution with a cue is a gold quote (PolNeAR
/// annotates direct, partial and indirect speech alike), and the speaker is the name the source gives
/// (<see cref="SpeakerNames.NameIn"/>), null where it names nobody ("he", "a senior official"), to be compared by
/// name (<see cref="ExtractionEvaluation.EvaluateByName"/>).
/// </summary>
public static class PolnearGold
{
    public static (string? Title, string Body, IReadOnlyList<GoldQuote> Quotes) From(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var newline = text.IndexOf('\n');
        var title = newline < 0 ? null : text[..newline].Trim();
        var body = newline < 0 ? text : text[(newline + 1)..];
        var quotes = document.Attributions.Select(a => new GoldQuote(
            a.Content.Count > 0 && text[a.Content[0].Start] is '"' or '“' ? QuoteKind.Direct : QuoteKind.Indirect,
            string.Join(' ', a.Content.Select(r => text[r.Start..r.End])),
            a.Source.Select(r => SpeakerNames.NameIn(text, r.Start, r.End)).FirstOrDefault(n => n is not null))).ToList();
        return (title, body, quotes);
    }

    /// <summary>The extractor's quotes of one PolNeAR article, without the headline claim (PolNeAR does not annotate headlines).</summary>
    public static List<ExtractedQuote> Extract(QuoteExtractor extractor, string? title, string body) =>
        extractor.Extract(title, body, "en").Where(q => q.Kind != QuoteKind.Headline).ToList();
}
