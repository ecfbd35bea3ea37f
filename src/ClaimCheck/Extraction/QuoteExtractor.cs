using ClaimCheck.Speakers;

namespace ClaimCheck.Extraction;

/// <summary>
/// Which readers produce the quotes. Rules: the quotation-structure rules of extractor/1.x alone. Learned: the
/// trained attribution pipeline alone. Combined (the default, what the service runs): the rules' quotes, with the
/// reporting clause read from the language layer where the rules found no speaker (see <see cref="QuoteEnsemble"/>).
/// </summary>
public enum ExtractionMode { Combined, Rules, Learned }

/// <summary>
/// Finds every quote of an article (direct, partial, indirect speech, and the headline as the outlet's claim)
/// with its speaker, and reads its claim frame. The rules (<see cref="ArticleReading"/>) find where quotes are;
/// the trained attribution pipeline (<see cref="Attribution.AttributionModel"/>: language layer, source/cue/content
/// tagger, article-level speaker resolution, <see cref="Attribution.QuoteAssembly"/>) supplies the speakers the
/// rules leave unknown. Thread-safe and reusable: all per-article state is made per call.
/// </summary>
/// <remarks>
/// A speaker the registry does not know is still reported when the text names them: Speaker is the fullest name
/// the article gives and SpeakerId its slug ("Anna Dupont" → "anna-dupont"), so a reviewer can register them later.
/// A quote whose speaker the text does not support keeps Speaker and SpeakerId null and a low confidence.
/// </remarks>
public sealed class QuoteExtractor
{
    /// <summary>Changes whenever extraction rules change, so stored results say which rules made them.</summary>
    public const string CurrentVersion = "extractor/2.5";

    private readonly SpeakerRegistry registry;

    public QuoteExtractor(SpeakerRegistry registry)
    {
        this.registry = registry ?? throw new ArgumentNullException(nameof(registry));
    }

    public string Version => CurrentVersion;

    /// <summary>Which readers produce the quotes; the service and the CLI use <see cref="ExtractionMode.Combined"/>.</summary>
    public ExtractionMode Mode { get; init; } = ExtractionMode.Combined;

    public IReadOnlyList<ExtractedQuote> Extract(string? title, string body, string language) =>
        Extract(title, body, language, CancellationToken.None);

    /// <summary>
    /// As <see cref="Extract(string?, string, string)"/>, checking <paramref name="cancellation"/> between stages
    /// (headline, reading the body, each quote found). A stage already running is not interrupted, so a caller
    /// bounding the time spent must also stop waiting (see the service's extraction budget).
    /// </summary>
    public IReadOnlyList<ExtractedQuote> Extract(string? title, string body, string language, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(body);
        cancellation.ThrowIfCancellationRequested();
        var lang = NormalizeLanguage(language, body);
        var quotes = new List<ExtractedQuote>();
        if (!string.IsNullOrWhiteSpace(title)) quotes.Add(Headline(title, lang));
        cancellation.ThrowIfCancellationRequested();
        if (Mode == ExtractionMode.Learned)
        {
            quotes.AddRange(Learned(body, lang, cancellation, claims: true));
            return quotes;
        }
        var reader = new ArticleReading(body, title, lang, registry);
        var rules = reader.Quotes().ToList();
        cancellation.ThrowIfCancellationRequested();
        if (Mode == ExtractionMode.Rules) { quotes.AddRange(rules); return quotes; }
        var model = Attribution.AttributionModel.Shipped;
        quotes.AddRange(QuoteEnsemble.Combine(rules, model.Read(body, lang, registry, cancellation), model.Lexicon, registry, reader.InContent));
        return quotes;
    }

    private List<ExtractedQuote> Learned(string body, string language, CancellationToken cancellation, bool claims) =>
        Attribution.QuoteAssembly.Quotes(Attribution.AttributionModel.Shipped.Read(body, language, registry, cancellation), language, registry, cancellation, claims);

    private ExtractedQuote Headline(string title, string language)
    {
        var start = 0;
        var end = title.Length;
        while (start < end && char.IsWhiteSpace(title[start])) start++;
        while (end > start && char.IsWhiteSpace(title[end - 1])) end--;
        var text = title[start..end];
        return new ExtractedQuote(QuoteKind.Headline, text, null, null, null, start, end, 1.0, text, start, end,
            ClaimFrameParser.Parse(text, language, registry));
    }

    private static string NormalizeLanguage(string? language, string body)
    {
        if (!string.IsNullOrWhiteSpace(language))
        {
            if (language.StartsWith("fr", StringComparison.OrdinalIgnoreCase)) return "fr";
            if (language.StartsWith("en", StringComparison.OrdinalIgnoreCase)) return "en";
        }
        return Ingestion.LanguageDetector.Detect(body);
    }
}
