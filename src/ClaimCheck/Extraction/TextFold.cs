using System.Globalization;
using System.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Case- and accent-folding that keeps one output char per input char, so offsets found in the folded
/// text are offsets in the original (the extractor reports spans of the body).
/// </summary>
internal static class TextFold
{
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x2100];
        for (var c = 0; c < table.Length; c++)
        {
            var ch = (char)c;
            if (char.IsSurrogate(ch)) { table[c] = ch; continue; }
            var decomposed = ch.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) != UnicodeCategory.NonSpacingMark
                ? decomposed[0] : ch;
            table[c] = char.ToLowerInvariant(baseChar);
        }
        table['\u2019'] = '\''; table['\u2018'] = '\''; table['\u02BC'] = '\''; table['\u00B4'] = '\'';
        table['\u2013'] = '-'; table['\u2014'] = '-'; table['\u2011'] = '-'; table['\u2010'] = '-';
        table['\u00A0'] = ' '; table['\u202F'] = ' '; table['\u2009'] = ' ';
        table['\u0153'] = 'o'; table['\u00E6'] = 'a';
        return table;
    }

    public static char Fold(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    public static string Fold(string text) => Fold(text.AsSpan());

    public static string Fold(ReadOnlySpan<char> text)
    {
        // The span itself is the state (SpanAction allows ref structs), so the text is copied once, not twice.
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }

    /// <summary>Folded, with runs of spaces and hyphens collapsed to one space: the key aliases are compared by.</summary>
    public static string Key(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = Fold(raw);
            if (char.IsWhiteSpace(c) || c == '-')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(c);
        }
        return builder.ToString();
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
