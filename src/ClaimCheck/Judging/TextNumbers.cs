using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimCheck.Judging;

/// <summary>A figure read from free text, scaled to units ("140 milliards" = 140e9), or a year.</summary>
public readonly record struct TextNumber(double Value, bool IsYear, bool IsPercent);

/// <summary>Reads figures from a French or English sentence so two statements' numbers can be compared.</summary>
public static partial class TextNumbers
{
    [GeneratedRegex(@"(?<![\p{L}\d])(?<num>\d{1,3}(?:[  \u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)\s*(?<scale>%|pour\s?cent|percent|milliards?|billions?|millions?|mille|thousand|trillions?|bn|mds?|k)?(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    public static List<TextNumber> Read(string text, string? language)
    {
        var numbers = new List<TextNumber>();
        var french = language is null ? LooksFrench(text) : language.StartsWith("fr", StringComparison.OrdinalIgnoreCase);
        foreach (Match match in NumberPattern().Matches(text))
        {
            if (!TryParse(match.Groups["num"].Value, french, out var value)) continue;
            var scale = match.Groups["scale"].Value.ToLowerInvariant().Replace(" ", "");
            var isPercent = scale is "%" or "pourcent" or "percent";
            var isYear = scale.Length == 0 && value is >= 1900 and <= 2100 && value == Math.Floor(value) && !match.Groups["num"].Value.Contains(' ');
            value *= scale switch
            {
                "mille" or "thousand" or "k" => 1e3,
                "million" or "millions" => 1e6,
                "milliard" or "milliards" or "md" or "mds" or "bn" => 1e9,
                "billion" or "billions" => french ? 1e12 : 1e9,
                "trillion" or "trillions" => 1e12,
                _ => 1,
            };
            numbers.Add(new TextNumber(value, isYear, isPercent));
        }
        foreach (var token in JudgingLexicon.Tokenize(text))
            if (JudgingLexicon.NumberWords.TryGetValue(token, out var wordValue))
                numbers.Add(new TextNumber(wordValue, false, false));
        return numbers;
    }

    /// <summary>Whether two figures are the same within a relative tolerance (rounding: "plus de 140" vs "140,2").</summary>
    public static bool SameValue(double a, double b, double relativeTolerance) =>
        Math.Abs(a - b) <= relativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b)) + 1e-9;

    internal static bool TryParse(string raw, bool french, out double value)
    {
        var compact = raw.Replace(" ", "").Replace(" ", "").Replace("\u202F", "");
        // "1,500" is a thousands group in English, a decimal in French ("1,5 million").
        if (!french && Regex.IsMatch(compact, @"^\d{1,3}(,\d{3})+(\.\d+)?$")) compact = compact.Replace(",", "");
        else if (french && Regex.IsMatch(compact, @"^\d{1,3}(\.\d{3})+(,\d+)?$")) compact = compact.Replace(".", "");
        compact = compact.Replace(',', '.');
        if (compact.Count(c => c == '.') > 1) compact = compact.Replace(".", "");
        return double.TryParse(compact, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private static bool LooksFrench(string text)
    {
        var tokens = JudgingLexicon.Tokenize(text);
        var french = tokens.Count(t => t is "le" or "la" or "les" or "de" or "des" or "du" or "est" or "et" or "une" or "pas");
        var english = tokens.Count(t => t is "the" or "of" or "is" or "and" or "a" or "to" or "was" or "not");
        return french > english;
    }
}
