using System.Text;

namespace ClaimCheck.Text;

/// <summary>Case- and accent-insensitive keys for matching French and English words and names.</summary>
public static class TextFold
{
    /// <summary>Lowercases, strips diacritics, unifies apostrophes and collapses whitespace.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var sb = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text)
        {
            var folded = FoldChar(c);
            if (folded == ' ')
            {
                if (!lastWasSpace) sb.Append(' ');
                lastWasSpace = true;
                continue;
            }
            lastWasSpace = false;
            if (folded == 'œ') sb.Append("oe");
            else if (folded == 'æ') sb.Append("ae");
            else sb.Append(folded);
        }
        if (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
        return sb.ToString();
    }

    public static string Fold(string text) => Fold(text.AsSpan());

    /// <summary>One character folded; œ and æ are returned as is and expanded by <see cref="Fold(ReadOnlySpan{char})"/>.</summary>
    public static char FoldChar(char c)
    {
        if (c < 128)
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        return c switch
        {
            'à' or 'â' or 'ä' or 'á' or 'ã' or 'å' or 'À' or 'Â' or 'Ä' or 'Á' => 'a',
            'é' or 'è' or 'ê' or 'ë' or 'É' or 'È' or 'Ê' or 'Ë' => 'e',
            'î' or 'ï' or 'í' or 'ì' or 'Î' or 'Ï' or 'Í' => 'i',
            'ô' or 'ö' or 'ó' or 'ò' or 'õ' or 'Ô' or 'Ö' or 'Ó' => 'o',
            'ù' or 'û' or 'ü' or 'ú' or 'Ù' or 'Û' or 'Ü' or 'Ú' => 'u',
            'ç' or 'Ç' => 'c',
            'ÿ' or 'Ÿ' or 'ý' => 'y',
            'ñ' or 'Ñ' => 'n',
            'Œ' or 'œ' => 'œ',
            'Æ' or 'æ' => 'æ',
            '’' or '‘' or 'ʼ' or '`' or '´' => '\'',
            '\u00A0' or '\u202F' or '\u2009' or '\t' or '\r' or '\n' => ' ',
            '–' or '—' or '‑' => '-',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>A URL- and id-friendly slug of a name: "Wendy Sherman" → "wendy-sherman".</summary>
    public static string Slug(string name)
    {
        var folded = Fold(name);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        while (sb.Length > 0 && sb[^1] == '-') sb.Length--;
        return sb.ToString();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
