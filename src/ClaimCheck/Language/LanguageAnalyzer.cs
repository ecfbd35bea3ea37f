namespace ClaimCheck.Language;

/// <summary>
/// One text's language layer: tokens with offsets, sentence and paragraph spans, and per token its UPOS tag and
/// lemma (null when the language has no tagger: English today). <c>Upos[i]</c> and <c>Lemmas[i]</c> belong to
/// <c>Tokens[i]</c>; a French multi-word token such as "au" is tagged "ADP+DET" with lemma "à+le".
/// </summary>
public sealed record Analysis(
    string Text,
    string Language,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Segment> Sentences,
    IReadOnlyList<Segment> Paragraphs,
    IReadOnlyList<string?> Upos,
    IReadOnlyList<string?> Lemmas)
{
    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.Length);
}

/// <summary>
/// The entry point of the language layer: tokenize, split, and for French tag and lemmatize with the trained
/// <see cref="TaggerModel"/>. Never throws on text. Thread-safe; build it once and share it.
/// </summary>
public sealed class LanguageAnalyzer
{
    private static readonly Lazy<LanguageAnalyzer> Shipped = new(() => new LanguageAnalyzer(TaggerModel.LoadEmbedded()));

    private readonly TaggerModel? _french;

    public LanguageAnalyzer(TaggerModel? french, ParagraphBreak paragraphBreak = ParagraphBreak.Newline)
    {
        _french = french;
        ParagraphBreak = paragraphBreak;
    }

    /// <summary>The analyzer with the French model embedded in this assembly (loaded on first use).</summary>
    public static LanguageAnalyzer Default => Shipped.Value;

    public ParagraphBreak ParagraphBreak { get; }

    /// <summary>The French model's version ("sha256:..."), or null without one.</summary>
    public string? FrenchModelVersion => _french?.Version;

    /// <summary>Analyzes <paramref name="text"/>; <paramref name="language"/> is an ISO 639-1 code ("fr", "en"):
    /// only French is tagged and lemmatized.</summary>
    public Analysis Analyze(string text, string language)
    {
        text ??= "";
        var tokens = Tokenizer.Tokenize(text);
        var sentences = new List<Segment>();
        var paragraphs = new List<Segment>();
        SentenceSplitter.Split(text, tokens, sentences, paragraphs, ParagraphBreak);
        var upos = new string?[tokens.Count];
        var lemmas = new string?[tokens.Count];
        if (_french is not null && IsFrench(language))
            Tag(_french, text, tokens, sentences, upos, lemmas);
        return new Analysis(text, language ?? "", tokens, sentences, paragraphs, upos, lemmas);
    }

    private static bool IsFrench(string? language) =>
        language is not null && (language.Equals("fr", StringComparison.OrdinalIgnoreCase) || language.StartsWith("fr-", StringComparison.OrdinalIgnoreCase));

    private static void Tag(TaggerModel model, string text, List<Token> tokens, List<Segment> sentences, string?[] upos, string?[] lemmas)
    {
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        var tags = model.Tagger.Tags;
        var indices = new int[tokens.Count];
        foreach (var sentence in sentences)
        {
            var range = new Range(sentence.FirstToken, sentence.EndToken);
            model.Tagger.Tag(text, all[range], indices.AsSpan(range));
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var tag = tags[indices[i]];
            upos[i] = tag;
            lemmas[i] = model.Lemmatizer.Lemmatize(all[i].In(text), tag);
        }
    }
}
