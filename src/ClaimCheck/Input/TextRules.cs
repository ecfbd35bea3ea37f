using System.Globalization;

namespace ClaimCheck.Input;

/// <summary>How strict a text field is about the characters it accepts.</summary>
public enum TextKind
{
    /// <summary>
    /// Prose a person writes (notes, reasons, rationales): line breaks and tabs are allowed, and so are format
    /// characters (joiners, direction marks), which many scripts and emoji need.
    /// </summary>
    Prose,

    /// <summary>
    /// Short one-line values that name or identify something (ids, names, aliases, verdict codes, URLs, filters):
    /// no control characters at all, and no format characters (bidi overrides, zero-width spaces), which make two
    /// different values look identical.
    /// </summary>
    Identifier,
}

/// <summary>
/// The character and length rules every text field of a request obeys. Messages name the field, the position and
/// the code point, never the value itself, so an oversized or hostile value is not echoed back.
/// </summary>
public static class TextRules
{
    /// <summary>The problem with <paramref name="value"/>, or null when it is acceptable (a null value is: presence is checked elsewhere).</summary>
    public static string? Check(string field, string? value, int maxChars, TextKind kind)
    {
        if (value is null) return null;
        if (value.Length > maxChars)
            return $"{field} has {value.Length.ToString("N0", CultureInfo.InvariantCulture)} characters; the limit is {maxChars.ToString("N0", CultureInfo.InvariantCulture)}.";
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }
            if (char.IsSurrogate(c))
                return $"{field} contains an unpaired surrogate (U+{(int)c:X4}) at position {i}; it is not valid Unicode text.";
            if (c == '\0')
                return $"{field} contains a NUL character (U+0000) at position {i}, which cannot be stored.";
            if (char.IsControl(c) && !(kind == TextKind.Prose && IsLineOrTab(value, i)))
                return kind == TextKind.Prose
                    ? $"{field} contains the control character U+{(int)c:X4} at position {i}; only line breaks and tabs are allowed."
                    : $"{field} contains the control character U+{(int)c:X4} at position {i}; it must be a single line of plain text.";
            if (kind == TextKind.Identifier && IsInvisible(c))
                return $"{field} contains the invisible or direction-changing character U+{(int)c:X4} at position {i}; it is not allowed in names and ids.";
        }
        return null;
    }

    // A carriage return counts as a line break only as part of CR LF.
    private static bool IsLineOrTab(string value, int i) => value[i] switch
    {
        '\n' or '\t' => true,
        '\r' => i + 1 < value.Length && value[i + 1] == '\n',
        _ => false,
    };

    private static bool IsInvisible(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
