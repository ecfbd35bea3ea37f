using ClaimCheck.Language;

namespace ClaimCheck.Attribution;

/// <summary>
/// What the attribution labeller knows about each token of one text, computed once per text in linear time:
/// folded form, shape, quotation-mark structure, cue words around it, sentence and paragraph boundaries.
/// Tokens and sentences come from the language layer; everything here is derived from them and the lexicon.
/// </summary>
public sealed class AttributionInput
{
    private const int CueWindow = 12;

    public AttributionInput(string text, string language, IReadOnlyList<Token> tokens, IReadOnlyList<Segment> sentences,
        AttributionLexicon lexicon, IReadOnlyList<string?>? tags = null, IReadOnlyList<string?>? lemmas = null)
    {
        Text = text;
        Language = language;
        Lexicon = lexicon;
        Tokens = tokens;
        var n = tokens.Count;
        Folded = new string[n];
        Shape = new string[n];
        Quote = new byte[n];
        InQuote = new bool[n];
        QuoteRegion = new int[n];
        IsCue = new bool[n];
        IsQuoteVerb = new bool[n];
        Sentence = new int[n];
        SentenceStart = new bool[n];
        SentenceEnd = new bool[n];
        ParagraphStart = new bool[n];
        CueLeft = new int[n];
        CueRight = new int[n];
        Tags = tags;
        Lemmas = lemmas;
        for (var i = 0; i < n; i++)
        {
            var (start, end, _) = tokens[i];
            var span = text.AsSpan(start, end - start);
            // Inverted clitics are read as the pronoun they are: "-t-il" → "il", "-elle" → "elle".
            Folded[i] = AttributionLexicon.Fold(Clitic(span));
            Shape[i] = ShapeOf(span);
            Quote[i] = QuoteMark(span);
            IsCue[i] = lexicon.IsCue(Folded[i]) || lemmas?[i] is { } lemma && lexicon.IsCue(AttributionLexicon.Fold(lemma));
            IsQuoteVerb[i] = IsCue[i] && (lexicon.IsQuoteVerb(Folded[i]) || lemmas?[i] is { } l && lexicon.IsQuoteVerb(AttributionLexicon.Fold(l)));
            ParagraphStart[i] = i == 0 || HasLineBreak(text, tokens[i - 1].End, start);
        }
        MarkSentences(sentences);
        MarkQuotes();
        MarkCueDistances();
        Hashes = new AttributionFeatures.TokenHashes(this);
    }

    internal AttributionFeatures.TokenHashes Hashes { get; }

    public string Text { get; }
    public string Language { get; }
    public AttributionLexicon Lexicon { get; }
    public IReadOnlyList<Token> Tokens { get; }
    /// <summary>Universal part-of-speech tag per token, where the language has a tagger (French).</summary>
    public IReadOnlyList<string?>? Tags { get; }
    /// <summary>Lemma per token, where the language has a lemmatizer (French).</summary>
    public IReadOnlyList<string?>? Lemmas { get; }
    public string[] Folded { get; }
    public string[] Shape { get; }
    /// <summary>0: not a quotation mark; 1: opening; 2: closing; 3: straight or otherwise ambiguous (resolved in <see cref="InQuote"/>).</summary>
    public byte[] Quote { get; }
    /// <summary>Inside a pair of quotation marks (the marks themselves included).</summary>
    public bool[] InQuote { get; }
    /// <summary>Index into <see cref="Regions"/> for tokens inside quotation marks, else -1.</summary>
    public int[] QuoteRegion { get; }
    public List<QuotedRegion> Regions { get; } = [];
    public bool[] IsCue { get; }
    /// <summary>A cue of the curated speech-verb lists (<see cref="AttributionLexicon.IsQuoteVerb"/>).</summary>
    public bool[] IsQuoteVerb { get; }
    public int[] Sentence { get; }
    public bool[] SentenceStart { get; }
    public bool[] SentenceEnd { get; }
    public bool[] ParagraphStart { get; }
    /// <summary>Tokens back to the nearest cue word in the same sentence, or -1.</summary>
    public int[] CueLeft { get; }
    /// <summary>Tokens forward to the nearest cue word in the same sentence, or -1.</summary>
    public int[] CueRight { get; }
    public List<(int First, int Last)> SentenceTokens { get; } = [];

    public int Count => Tokens.Count;

    public string TokenText(int i) => Text[Tokens[i].Start..Tokens[i].End];

    /// <summary>A run of tokens between an opening and a closing quotation mark, with whether a cue word stands just outside it.</summary>
    public sealed record QuotedRegion(int First, int Last, bool CueBefore, bool CueAfter, bool StartsSentence, bool Dialogue = false);

    /// <summary>A dialogue dash that opens a turn: at a paragraph's start, or after a sentence's end or a colon.</summary>
    private bool IsDialogueTurn(int i)
    {
        if (Tokens[i].Kind != TokenKind.Dash && Folded[i] is not "--") return false;
        if (i == 0 || ParagraphStart[i]) return true;
        var previous = Text[Tokens[i - 1].End - 1];
        return previous is '.' or '!' or '?' or '…' or ':' or '»' or '"' or '”';
    }

    /// <summary>Sentences are the language layer's segments; tokens outside every segment (there should be none) form their own.</summary>
    private void MarkSentences(IReadOnlyList<Segment> sentences)
    {
        var next = 0;
        foreach (var segment in sentences)
        {
            if (segment.FirstToken < next || segment.EndToken > Count || segment.EndToken <= segment.FirstToken) continue;
            if (segment.FirstToken > next) SentenceTokens.Add((next, segment.FirstToken - 1));
            SentenceTokens.Add((segment.FirstToken, segment.EndToken - 1));
            next = segment.EndToken;
        }
        if (next < Count) SentenceTokens.Add((next, Count - 1));
        for (var s = 0; s < SentenceTokens.Count; s++)
        {
            var (first, last) = SentenceTokens[s];
            SentenceStart[first] = true;
            SentenceEnd[last] = true;
            for (var i = first; i <= last; i++) Sentence[i] = s;
        }
    }

    /// <summary>
    /// Pairs quotation marks paragraph by paragraph: directional marks open and close, a straight mark opens
    /// when no quote is open and closes otherwise. An unclosed quote ends with its paragraph (news style reopens
    /// a quote that runs on in the next paragraph), so a stray mark never swallows the rest of the text.
    /// </summary>
    private void MarkQuotes()
    {
        Array.Fill(QuoteRegion, -1);
        var open = -1;
        var dialogue = -1;
        for (var i = 0; i <= Count; i++)
        {
            if (i == Count || (ParagraphStart[i] && i > 0))
            {
                if (open >= 0) Close(open, i - 1, false);
                if (dialogue >= 0) Close(dialogue, i - 1, true);
                open = dialogue = -1;
                if (i == Count) break;
            }
            if (IsDialogueTurn(i))
            {
                // "— Oui. — Non, dit-il." : each turn of a dialogue runs to the next turn's dash or the paragraph's end.
                // A quotation mark left open before it ends there, as at a paragraph's end: texts that lost their line
                // breaks would otherwise run one stray « over every turn that follows.
                if (open >= 0) Close(open, i - 1, false);
                open = -1;
                if (dialogue >= 0) Close(dialogue, i - 1, true);
                dialogue = i;
                continue;
            }
            var mark = Quote[i];
            if (mark == 0 || dialogue >= 0) continue;
            if (open < 0)
            {
                if (mark != 2) open = i;
                continue;
            }
            if (Closes(Text[Tokens[open].Start], Text[Tokens[i].Start]))
            {
                Close(open, i, false);
                open = -1;
            }
        }

        void Close(int first, int last, bool isDialogue)
        {
            if (last <= first) return;
            var cueBefore = false;
            for (var k = first - 1; k >= Math.Max(0, first - 4) && !SentenceEndBetween(k, first); k--) cueBefore |= IsCue[k];
            var cueAfter = false;
            for (var k = last + 1; k <= Math.Min(Count - 1, last + 5); k++) cueAfter |= IsCue[k];
            var region = Regions.Count;
            Regions.Add(new QuotedRegion(first, last, cueBefore, cueAfter, first == 0 || SentenceStart[first] || ParagraphStart[first], isDialogue));
            for (var k = first; k <= last; k++) { InQuote[k] = true; QuoteRegion[k] = region; }
        }

        bool SentenceEndBetween(int k, int first) => k < first - 1 && SentenceEnd[k];
    }

    /// <summary>
    /// Whether <paramref name="mark"/> closes a quote opened by <paramref name="opener"/>: its own closer, a
    /// straight mark, or the opener repeated (“...“, a common typing slip). A closer of another style belongs to
    /// a quote nested inside and is skipped.
    /// </summary>
    private static bool Closes(char opener, char mark) => opener switch
    {
        '«' => mark is '»' or '"',
        '‹' => mark is '›',
        '“' => mark is '”' or '“' or '"',
        '„' => mark is '“' or '”' or '"',
        _ => mark is '"' or '”' or '»' or '‟' or '＂',
    };

    private void MarkCueDistances()
    {
        var last = -1;
        for (var i = 0; i < Count; i++)
        {
            if (SentenceStart[i]) last = -1;
            CueLeft[i] = last >= 0 && i - last <= CueWindow ? i - last : -1;
            if (IsCue[i]) last = i;
        }
        var next = -1;
        for (var i = Count - 1; i >= 0; i--)
        {
            if (SentenceEnd[i]) next = -1;
            CueRight[i] = next >= 0 && next - i <= CueWindow ? next - i : -1;
            if (IsCue[i]) next = i;
        }
    }

    private static bool HasLineBreak(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (text[k] is '\n' or '\r' or '\u2029') return true;
        return false;
    }

    /// <summary>"-t-il" → "il", "-elle" → "elle", "-toi" → "toi"; any other token unchanged.</summary>
    internal static ReadOnlySpan<char> Clitic(ReadOnlySpan<char> token)
    {
        if (token.Length < 2 || token[0] != '-' || !char.IsLetter(token[^1])) return token;
        return token.StartsWith("-t-") && token.Length > 3 ? token[3..] : token[1..];
    }

    internal static byte QuoteMark(ReadOnlySpan<char> token)
    {
        if (token.Length != 1) return 0;
        return token[0] switch
        {
            '«' or '“' or '„' or '‹' => 1,
            '»' or '”' or '›' => 2,
            '"' or '‟' or '＂' => 3,
            _ => 0,
        };
    }

    private static string ShapeOf(ReadOnlySpan<char> token)
    {
        if (token.Length == 0) return "";
        if (QuoteMark(token) != 0) return "q";
        if (char.IsDigit(token[0])) return "d";
        if (!char.IsLetter(token[0])) return token.Length == 1 ? token.ToString() : "p";
        var upper = 0;
        foreach (var c in token) if (char.IsUpper(c)) upper++;
        if (upper == 0) return "x";
        if (upper == token.Length && token.Length > 1) return "X";
        return char.IsUpper(token[0]) ? "Xx" : "xX";
    }
}
