using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ClaimCheck.Language;

/// <summary>
/// Splits French and English text into tokens with character offsets, the way Universal Dependencies
/// treebanks do: French elisions ("l'", "qu'", "jusqu'") and inverted clitics ("a" "-t-il", "dit" "-elle")
/// are their own tokens, English contractions ("do" "n't", "it" "'s") too; "M.", "etc." and initials keep
/// their period, "140 000" and "3,5" are one number. One pass, bounded look-around, never throws.
/// </summary>
public static class Tokenizer
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Elisions =
        Set(StringComparer.OrdinalIgnoreCase, "l", "d", "qu", "j", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishSuffixes =
        Set(StringComparer.OrdinalIgnoreCase, "s", "re", "ve", "ll", "d", "m");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Clitics =
        Set(StringComparer.OrdinalIgnoreCase, "il", "elle", "on", "ils", "elles", "je", "tu", "nous", "vous", "ce",
            "le", "la", "les", "lui", "leur", "moi", "toi", "y", "en");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectClitics =
        Set(StringComparer.OrdinalIgnoreCase, "il", "elle", "on", "ils", "elles");

    /// <summary>Hyphenated words whose last part looks like a clitic but is not one.</summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenatedWords =
        Set(StringComparer.OrdinalIgnoreCase, "rendez-vous", "vis-à-vis", "face-à-face", "m'as-tu-vu", "qu'en-dira-t-on", "va-t-en");

    /// <summary>Abbreviations that keep their period (case-sensitive).</summary>
    internal static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        Set(StringComparer.Ordinal,
            "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Me", "Dr", "Pr", "St", "Ste", "Mgr",
            "Mr", "Mrs", "Ms", "Prof", "Gen", "Gov", "Sen", "Rep", "Lt", "Col", "Capt", "Sgt", "Rev", "Hon",
            "cf", "p", "pp", "vol", "art", "av", "bd", "vs", "ex", "fig", "chap", "tél", "env", "hab", "min", "max",
            "etc", "al", "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Bros",
            "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="tokens"/>.</summary>
    public static void Tokenize(ReadOnlySpan<char> text, List<Token> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsSeparator(c))
            {
                i++;
                continue;
            }
            i = Next(text, i, tokens);
        }
    }

    /// <summary>Characters no token covers: white space, control characters and invisible word breaks.</summary>
    public static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF' or '\u2060';

    private static int Next(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var c = text[start];
        if (c is 'h' or 'H' or 'w' or 'W' && AtWordBoundary(text, start) && IsUrlStart(text[start..]))
            return Url(text, start, tokens);

        var category = Category(text, start, out var width);
        if (IsWordCategory(category))
        {
            var end = ScanWord(text, start);
            EmitWord(text, start, end, tokens);
            return end;
        }
        switch (c)
        {
            case '-':
                return Hyphen(text, start, tokens);
            case '.' or '!' or '?' or '…':
                {
                    var end = start + 1;
                    while (end < text.Length && text[end] is '.' or '!' or '?' or '…')
                        end++;
                    tokens.Add(new Token(start, end, TokenKind.Punctuation));
                    return end;
                }
            case '—' or '–' or '―' or '‒' or '⸺' or '⸻':
                {
                    var end = start + 1;
                    while (end < text.Length && text[end] is '—' or '–' or '―' or '‒' or '⸺' or '⸻' or '-')
                        end++;
                    tokens.Add(new Token(start, end, TokenKind.Dash));
                    return end;
                }
            case '«' or '‹' or '“' or '„' or '‚' or '‘':
                tokens.Add(new Token(start, start + 1, TokenKind.QuoteOpen));
                return start + 1;
            case '»' or '›' or '”':
                tokens.Add(new Token(start, start + 1, TokenKind.QuoteClose));
                return start + 1;
            case '"' or '\'' or '’' or 'ʼ' or '‟' or '＂' or '`':
                tokens.Add(new Token(start, start + 1, TokenKind.QuoteAmbiguous));
                return start + 1;
        }
        var kind = IsPunctuationCategory(category) ? TokenKind.Punctuation : TokenKind.Symbol;
        tokens.Add(new Token(start, start + width, kind));
        return start + width;
    }

    private static int Hyphen(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var end = start + 1;
        while (end < text.Length && text[end] is '-' or '—' or '–')
            end++;
        if (end == start + 1 && end < text.Length && char.IsAsciiDigit(text[end]) && AtWordBoundary(text, start))
        {
            var numberEnd = ScanWord(text, end);
            if (IsNumber(text[end..numberEnd]))
            {
                tokens.Add(new Token(start, numberEnd, TokenKind.Number));
                return numberEnd;
            }
        }
        tokens.Add(new Token(start, end, TokenKind.Dash));
        return end;
    }

    private static bool AtWordBoundary(ReadOnlySpan<char> text, int start) =>
        start == 0 || IsSeparator(text[start - 1]) || text[start - 1] is '(' or '[' or '<' or '«' or '"' or '“' or '\'' or '‘';

    private static bool IsUrlStart(ReadOnlySpan<char> s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || (s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && s.Length > 4 && char.IsLetterOrDigit(s[4]));

    private static int Url(ReadOnlySpan<char> text, int start, List<Token> tokens)
    {
        var end = start;
        var open = 0;
        while (end < text.Length && !IsSeparator(text[end]) && text[end] is not ('«' or '»' or '“' or '”' or '<' or '>' or '"'))
        {
            if (text[end] == '(')
                open++;
            else if (text[end] == ')')
                open--;
            end++;
        }
        while (end > start + 1 && (text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' || (text[end - 1] == ')' && open < 0)))
        {
            if (text[end - 1] == ')')
                open++;
            end--;
        }
        tokens.Add(new Token(start, end, TokenKind.Url));
        return end;
    }

    /// <summary>The end of the word starting at <paramref name="start"/>: letters, digits and marks joined by
    /// inner apostrophes, hyphens, decimal separators, acronym periods and an e-mail '@'.</summary>
    private static int ScanWord(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        var segment = 0;
        var innerPeriod = false;
        var email = false;
        while (end < text.Length)
        {
            var category = Category(text, end, out var width);
            if (IsWordCategory(category) || (category == UnicodeCategory.Format && end > start && !IsSeparator(text[end])))
            {
                end += width;
                segment++;
                continue;
            }
            var c = text[end];
            var next = end + 1 < text.Length ? text[end + 1] : '\0';
            if (c is '\'' or '’' or 'ʼ' && char.IsLetter(next))
            {
                end++;
                segment = 0;
            }
            else if (c is '-' or '‐' or '‑' && char.IsLetterOrDigit(next))
            {
                end++;
                segment = 0;
            }
            else if (c is '.' or ',' && char.IsAsciiDigit(next) && char.IsAsciiDigit(text[end - 1]))
            {
                end++;
            }
            else if (c == '.' && (email ? char.IsLetterOrDigit(next) : IsAcronymPeriod(text, end, segment) || IsInEmailName(text, end)))
            {
                end++;
                segment = 0;
                innerPeriod = true;
            }
            else if (c == '@' && !email && char.IsLetterOrDigit(next) && HasDomain(text, end + 1))
            {
                end++;
                email = true;
            }
            else
            {
                break;
            }
        }
        if (end < text.Length && text[end] == '.' && !email && (innerPeriod || IsAbbreviation(text[start..end])))
            return end + 1;
        if (IsNumber(text[start..end]))
            end = ExtendSpacedNumber(text, start, end);
        return end;
    }

    /// <summary>"U.S.", "e.g.", "Ph.D.": a period between runs of one or two letters.</summary>
    private static bool IsAcronymPeriod(ReadOnlySpan<char> text, int period, int segment)
    {
        if (segment is < 1 or > 2 || !char.IsLetter(text[period - 1]))
            return false;
        var j = period + 1;
        var letters = 0;
        while (j < text.Length && letters <= 2 && char.IsLetter(text[j]))
        {
            j++;
            letters++;
        }
        return letters is 1 or 2 && j < text.Length && text[j] == '.';
    }

    /// <summary>"jean.dupont@example.fr": a period followed, within the same run, by an '@' and a domain.</summary>
    private static bool IsInEmailName(ReadOnlySpan<char> text, int period)
    {
        for (var j = period + 1; j < text.Length && j < period + 64; j++)
        {
            if (text[j] == '@')
                return j > period + 1 && j + 1 < text.Length && char.IsLetterOrDigit(text[j + 1]) && HasDomain(text, j + 1);
            if (!char.IsLetterOrDigit(text[j]) && text[j] is not ('.' or '-' or '_'))
                return false;
        }
        return false;
    }

    private static bool HasDomain(ReadOnlySpan<char> text, int from)
    {
        for (var j = from; j < text.Length && j < from + 64; j++)
        {
            if (text[j] == '.' && j + 1 < text.Length && char.IsLetter(text[j + 1]))
                return true;
            if (!char.IsLetterOrDigit(text[j]) && text[j] != '-')
                return false;
        }
        return false;
    }

    private static bool IsAbbreviation(ReadOnlySpan<char> word) =>
        (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word);

    /// <summary>"140 000", "1 234 567,5": groups of three digits after a space that French uses as a thousands separator.</summary>
    private static int ExtendSpacedNumber(ReadOnlySpan<char> text, int start, int end)
    {
        if (end - start > 3 || text[start..end].ContainsAnyExceptInRange('0', '9'))
            return end;
        while (end + 3 < text.Length
               && text[end] is ' ' or '\u00A0' or '\u202F' or '\u2009'
               && char.IsAsciiDigit(text[end + 1]) && char.IsAsciiDigit(text[end + 2]) && char.IsAsciiDigit(text[end + 3])
               && (end + 4 == text.Length || !char.IsLetterOrDigit(text[end + 4])))
        {
            end += 4;
            if (end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]))
            {
                end++;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                    end++;
                break;
            }
        }
        return end;
    }

    private static bool IsNumber(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || !char.IsAsciiDigit(s[0]))
            return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c) && c is not ('.' or ',' or ' ' or '\u00A0' or '\u202F' or '\u2009'))
                return false;
        return true;
    }

    /// <summary>Emits the word [start, end) as one or more tokens: elided prefixes on the left, English
    /// contractions or French inverted clitics on the right.</summary>
    private static void EmitWord(ReadOnlySpan<char> text, int start, int end, List<Token> tokens)
    {
        while (true)
        {
            var apostrophe = IndexOfApostrophe(text, start, Math.Min(end, start + 7));
            if (apostrophe > start && apostrophe + 1 < end && char.IsLetter(text[apostrophe + 1]) && Elisions.Contains(text[start..apostrophe]))
            {
                tokens.Add(new Token(start, apostrophe + 1, TokenKind.Word));
                start = apostrophe + 1;
            }
            else
            {
                break;
            }
        }

        Span<int> cuts = stackalloc int[4];
        var count = 0;
        var right = end;
        if (right - start > 3 && text[right - 1] is 't' or 'T' && IsApostrophe(text[right - 2]) && text[right - 3] is 'n' or 'N')
        {
            cuts[count++] = right - 3;
        }
        else
        {
            var apostrophe = LastApostrophe(text, start, right);
            if (apostrophe > start && EnglishSuffixes.Contains(text[(apostrophe + 1)..right]))
                cuts[count++] = apostrophe;
            else if (!HyphenatedWords.Contains(text[start..right]))
                count = CliticCuts(text, start, right, cuts);
        }

        for (var k = count - 1; k >= 0; k--)
        {
            tokens.Add(new Token(start, cuts[k], Kind(text[start..cuts[k]])));
            start = cuts[k];
        }
        tokens.Add(new Token(start, end, Kind(text[start..end])));
    }

    /// <summary>Cut points, right to left, before each trailing clitic: "dis-le-moi" cuts before "-moi" and "-le",
    /// "a-t-il" before "-t-il" (UD keeps the euphonic t with the pronoun).</summary>
    private static int CliticCuts(ReadOnlySpan<char> text, int start, int right, Span<int> cuts)
    {
        var count = 0;
        while (count < cuts.Length)
        {
            var hyphen = -1;
            for (var j = right - 1; j > start && right - j <= 6; j--)
            {
                if (text[j] == '-')
                {
                    hyphen = j;
                    break;
                }
            }
            if (hyphen <= start || !Clitics.Contains(text[(hyphen + 1)..right]))
                break;
            var cut = hyphen;
            if (SubjectClitics.Contains(text[(hyphen + 1)..right]) && hyphen - 2 > start && text[hyphen - 1] is 't' or 'T' && text[hyphen - 2] == '-')
                cut = hyphen - 2;
            cuts[count++] = cut;
            right = cut;
        }
        return count;
    }

    private static int IndexOfApostrophe(ReadOnlySpan<char> text, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (IsApostrophe(text[j]))
                return j;
        return -1;
    }

    private static int LastApostrophe(ReadOnlySpan<char> text, int from, int to)
    {
        for (var j = to - 1; j > from && to - j <= 3; j--)
            if (IsApostrophe(text[j]))
                return j;
        return -1;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static TokenKind Kind(ReadOnlySpan<char> s) => IsNumber(s) ? TokenKind.Number : TokenKind.Word;

    private static UnicodeCategory Category(ReadOnlySpan<char> text, int at, out int width)
    {
        var c = text[at];
        if (!char.IsSurrogate(c))
        {
            width = 1;
            return char.GetUnicodeCategory(c);
        }
        if (Rune.DecodeFromUtf16(text[at..], out var rune, out width) == OperationStatus.Done)
            return Rune.GetUnicodeCategory(rune);
        width = 1;
        return UnicodeCategory.Surrogate;
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    private static bool IsPunctuationCategory(UnicodeCategory category) => category is
        UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation
        or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation;

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(StringComparer comparer, params string[] items) =>
        items.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
}
