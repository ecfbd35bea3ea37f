namespace ClaimCheck.Text;

/// <summary>A word of a text: its span and its folded form (lowercase, no accents).</summary>
public readonly record struct Token(int Start, int End, string Folded)
{
    public int Length => End - Start;

    /// <summary>The word without a French elided prefix: "n'a" → "a", "l'invasion" → "invasion".</summary>
    public string Bare
    {
        get
        {
            var i = Folded.IndexOf('\'');
            if (i <= 0 || i == Folded.Length - 1) return Folded;
            var head = Folded.AsSpan(0, i);
            return head is "l" or "d" or "n" or "s" or "qu" or "j" or "c" or "m" or "t" or "jusqu" or "lorsqu" or "puisqu"
                ? Folded[(i + 1)..]
                : Folded;
        }
    }

    public bool HasElidedPrefix(string prefix) =>
        Folded.Length > prefix.Length + 1 && Folded.StartsWith(prefix, StringComparison.Ordinal) && Folded[prefix.Length] == '\'';
}

/// <summary>Splits text into words (letters and digits, with inner hyphens and apostrophes), keeping offsets.</summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>(Math.Max(4, (end - start) / 6));
        var i = start;
        while (i < end)
        {
            if (!TextFold.IsWordChar(text[i])) { i++; continue; }
            var s = i;
            while (i < end)
            {
                var c = text[i];
                if (TextFold.IsWordChar(c)) { i++; continue; }
                // Inner hyphens and apostrophes keep "porte-parole", "a-t-il", "n'a" as one word.
                if ((c == '-' || TextFold.IsApostrophe(c)) && i + 1 < end && TextFold.IsWordChar(text[i + 1]) && i > s) { i++; continue; }
                break;
            }
            tokens.Add(new Token(s, i, TextFold.Fold(text.AsSpan(s, i - s))));
        }
        return tokens;
    }
}
