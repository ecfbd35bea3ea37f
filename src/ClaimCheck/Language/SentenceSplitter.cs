using System.Collections.Frozen;

namespace ClaimCheck.Language;

/// <summary>A run of tokens [FirstToken, EndToken) covering the characters [Start, End).</summary>
public readonly record struct Segment(int FirstToken, int EndToken, int Start, int End)
{
    public int TokenCount => EndToken - FirstToken;
}

/// <summary>Where paragraphs end: at every line break (one paragraph a line, as news files come) or only at blank lines.</summary>
public enum ParagraphBreak
{
    Newline,
    BlankLine,
}

/// <summary>
/// Sentence and paragraph spans over a token list. A sentence ends after '.', '!', '?', '…' (and the closing
/// quotes or brackets that follow them) when the next token is separated by white space and does not start in
/// lower case, so « Je viendrai. » dit-il stays one sentence; "M. Dupont", "J. Biden" and "3.5" never end one
/// (the tokenizer keeps those periods inside their token); "etc." ends one only before a capital.
/// Sentences never cross paragraphs.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>Abbreviations that may also close a sentence ("..., etc. Puis").</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FinalAbbreviations =
        new[] { "etc.", "al.", "Inc.", "Corp.", "Ltd.", "Co.", "Jr.", "Sr.", "Bros.", "U.S.", "U.S.A.", "U.K.", "D.C." }
            .ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static List<Segment> Sentences(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, ParagraphBreak paragraphBreak = ParagraphBreak.Newline)
    {
        var sentences = new List<Segment>();
        Split(text, tokens, sentences, new List<Segment>(), paragraphBreak);
        return sentences;
    }

    public static List<Segment> Paragraphs(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, ParagraphBreak paragraphBreak = ParagraphBreak.Newline)
    {
        var paragraphs = new List<Segment>();
        ParagraphsInto(text, tokens, paragraphs, paragraphBreak);
        return paragraphs;
    }

    /// <summary>Appends the sentences and the paragraphs of the token list to the two lists.</summary>
    public static void Split(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Segment> sentences, List<Segment> paragraphs,
        ParagraphBreak paragraphBreak = ParagraphBreak.Newline)
    {
        var firstParagraph = paragraphs.Count;
        ParagraphsInto(text, tokens, paragraphs, paragraphBreak);
        for (var p = firstParagraph; p < paragraphs.Count; p++)
            SentencesInto(text, tokens, paragraphs[p].FirstToken, paragraphs[p].EndToken, sentences);
    }

    private static void ParagraphsInto(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, List<Segment> paragraphs, ParagraphBreak paragraphBreak)
    {
        var first = 0;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!BreaksParagraph(text[tokens[i - 1].End..tokens[i].Start], paragraphBreak))
                continue;
            paragraphs.Add(new Segment(first, i, tokens[first].Start, tokens[i - 1].End));
            first = i;
        }
        if (first < tokens.Count)
            paragraphs.Add(new Segment(first, tokens.Count, tokens[first].Start, tokens[^1].End));
    }

    private static bool BreaksParagraph(ReadOnlySpan<char> gap, ParagraphBreak paragraphBreak)
    {
        var lines = 0;
        for (var j = 0; j < gap.Length; j++)
        {
            var c = gap[j];
            if (c == '\u2029')
                return true;
            if (c is '\n' or '\u2028' or '\u0085' || (c == '\r' && (j + 1 == gap.Length || gap[j + 1] != '\n')))
                lines++;
            if (lines >= (paragraphBreak == ParagraphBreak.Newline ? 1 : 2))
                return true;
        }
        return false;
    }

    private static void SentencesInto(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int first, int end, List<Segment> sentences)
    {
        var start = first;
        for (var i = first; i < end - 1; i++)
        {
            if (!MayEndSentence(text, tokens[i], out var needsCapital))
                continue;
            var next = i + 1;
            while (next < end && IsCloser(text, tokens, next))
                next++;
            if (next < end && StartsSentence(text, tokens, next, end, needsCapital))
            {
                sentences.Add(new Segment(start, next, tokens[start].Start, tokens[next - 1].End));
                start = next;
            }
            i = next - 1;
        }
        sentences.Add(new Segment(start, end, tokens[start].Start, tokens[end - 1].End));
    }

    private static bool MayEndSentence(ReadOnlySpan<char> text, Token token, out bool needsCapital)
    {
        var s = token.In(text);
        needsCapital = false;
        if (token.Kind == TokenKind.Punctuation)
            return s[0] is '.' or '!' or '?' or '…';
        if (token.Kind == TokenKind.Word && s[^1] == '.' && FinalAbbreviations.Contains(s))
        {
            needsCapital = true;
            return true;
        }
        return false;
    }

    private static bool IsCloser(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int i)
    {
        var token = tokens[i];
        return token.Kind switch
        {
            TokenKind.QuoteClose => true,
            TokenKind.QuoteAmbiguous => token.Start == tokens[i - 1].End,
            TokenKind.Punctuation => text[token.Start] is ')' or ']' or '}',
            _ => false,
        };
    }

    private static bool StartsSentence(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int next, int end, bool needsCapital)
    {
        if (tokens[next].Start == tokens[next - 1].End)
            return false;
        var probe = next;
        while (probe < end - 1 && tokens[probe].Kind is TokenKind.Dash or TokenKind.QuoteOpen or TokenKind.QuoteAmbiguous)
            probe++;
        var token = tokens[probe];
        var c = text[token.Start];
        if (token.Kind == TokenKind.Punctuation && c is ',' or ';' or ':' or ')' or ']')
            return false;
        if (char.IsLower(c))
            return false;
        return !needsCapital || char.IsUpper(c);
    }
}
