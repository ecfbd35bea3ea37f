using System.Globalization;
using System.Text.RegularExpressions;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Finds numbers with their scale word and unit and normalizes them: "140 milliards de dollars" →
/// 140e9 USD, "$200 billion" → 200e9 USD, "28 missiles" → 28 missile. Years, dates and ordinals
/// are left to the time expressions.
/// </summary>
public static partial class QuantityParser
{
    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<cur>[$€£]\s?)?(?<num>\d{1,3}(?:[ \u00A0\u202F]\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)(?![\p{L}\d])(?:[ \u00A0\u202F]?(?<scale>milliards?|millions?|milliers?|mille|billions?|trillions?|thousands?|bn|mln|mds?|k)\b)?(?:[ \u00A0\u202F]*(?:de |d'|d’|of )?(?<unit>%|pour ?cent|per ?cent|[\p{L}$€£]+(?:[ \u00A0](?:cubes?|carrés?|cubic|square)(?![\p{L}]))?))?",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NumberPattern();

    private static readonly Dictionary<string, string> Currencies = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["dollar"] = "USD", ["dollars"] = "USD", ["usd"] = "USD",
        ["€"] = "EUR", ["euro"] = "EUR", ["euros"] = "EUR", ["eur"] = "EUR",
        ["£"] = "GBP", ["livre"] = "GBP", ["livres"] = "GBP", ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP",
        ["yuan"] = "CNY", ["yuans"] = "CNY", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB",
    };

    private static readonly Dictionary<string, string> Units = new(StringComparer.Ordinal)
    {
        ["%"] = "%", ["pour cent"] = "%", ["pourcent"] = "%", ["per cent"] = "%", ["percent"] = "%",
        ["km"] = "km", ["kilometre"] = "km", ["kilometres"] = "km", ["kilometer"] = "km", ["kilometers"] = "km",
        ["mille"] = "mile", ["milles"] = "mile", ["mile"] = "mile", ["miles"] = "mile",
        ["tonne"] = "tonne", ["tonnes"] = "tonne", ["ton"] = "tonne", ["tons"] = "tonne",
        ["metres cubes"] = "m3", ["metre cube"] = "m3", ["cubic metres"] = "m3", ["cubic meters"] = "m3",
        ["soldats"] = "soldier", ["soldat"] = "soldier", ["soldiers"] = "soldier", ["troops"] = "soldier", ["hommes"] = "soldier",
        ["missiles"] = "missile", ["missile"] = "missile", ["drones"] = "drone", ["drone"] = "drone",
        ["morts"] = "death", ["deaths"] = "death", ["dead"] = "death", ["tues"] = "death", ["victimes"] = "victim", ["victims"] = "victim",
        ["mots"] = "word", ["words"] = "word", ["voix"] = "vote", ["votes"] = "vote",
        ["ans"] = "year", ["annees"] = "year", ["years"] = "year", ["mois"] = "month", ["months"] = "month",
        ["jours"] = "day", ["days"] = "day", ["heures"] = "hour", ["hours"] = "hour", ["semaines"] = "week", ["weeks"] = "week",
        ["pays"] = "country", ["countries"] = "country", ["personnes"] = "person", ["people"] = "person",
    };

    // What a money or volume figure is about, found by a nearby topic word.
    private static readonly (string Stem, string Key)[] Topics =
    [
        ("commerc", "trade"), ("echange", "trade"), ("trade", "trade"), ("chiffre d'affaires", "trade"), ("import", "trade"), ("export", "trade"),
        ("gaz", "gas"), ("gas", "gas"), ("petrol", "oil"), ("oil", "oil"), ("brut", "oil"),
        ("budget", "budget"), ("aide", "aid"), ("aid", "aid"), ("invest", "investment"), ("dette", "debt"), ("debt", "debt"),
        ("pib", "gdp"), ("gdp", "gdp"), ("sanction", "sanctions"), ("contrat", "contract"), ("contract", "contract"),
    ];

    private static readonly HashSet<string> Months =
    [
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly HashSet<string> NotUnits =
    [
        "de", "des", "du", "d", "la", "le", "les", "l", "et", "ou", "a", "au", "aux", "en", "dont", "sur", "pour", "par", "avec", "qui", "que",
        "of", "the", "and", "or", "to", "in", "on", "at", "for", "by", "with", "from", "than", "which", "that", "is", "are", "was", "were",
        "e", "er", "eme", "th", "st", "nd", "rd", "h",
    ];

    public static IReadOnlyList<Quantity> Parse(string text, string language)
    {
        List<Quantity>? found = null;
        var folded = TextFold.Fold(text);
        var foldedAligned = folded.Length == text.Length ? folded : null;
        foreach (Match m in NumberPattern().Matches(text))
        {
            var numText = m.Groups["num"].Value;
            var unitWord = m.Groups["unit"].Success ? TextFold.Fold(m.Groups["unit"].Value) : "";
            var scaleWord = m.Groups["scale"].Success ? TextFold.Fold(m.Groups["scale"].Value) : "";
            var hasCurrencySymbol = m.Groups["cur"].Success;
            if (Months.Contains(unitWord)) continue;
            if (unitWord is "e" or "er" or "eme" or "th" or "st" or "nd" or "rd" or "h") continue;
            if (!TryParseNumber(numText, language, out var value)) continue;
            if (!hasCurrencySymbol && scaleWord.Length == 0 && !numText.Contains(' ') && value is >= 1900 and <= 2100 && numText.Length == 4
                && !Currencies.ContainsKey(unitWord) && !Units.ContainsKey(unitWord))
                continue;

            value *= scaleWord switch
            {
                "milliard" or "milliards" or "billion" or "billions" or "bn" or "md" or "mds" => 1e9,
                "million" or "millions" or "mln" => 1e6,
                "mille" or "millier" or "milliers" or "thousand" or "thousands" or "k" => 1e3,
                "trillion" or "trillions" => 1e12,
                _ => 1,
            };

            string unit;
            var surfaceEnd = m.Index + m.Length;
            if (hasCurrencySymbol)
            {
                unit = Currencies[m.Groups["cur"].Value.Trim()];
                if (m.Groups["unit"].Success && !Currencies.ContainsKey(unitWord))
                    surfaceEnd = m.Groups["scale"].Success ? m.Groups["scale"].Index + m.Groups["scale"].Length : m.Groups["num"].Index + m.Groups["num"].Length;
            }
            else if (Currencies.TryGetValue(unitWord, out var currency)) unit = currency;
            else if (Units.TryGetValue(unitWord, out var known)) unit = known;
            else if (unitWord.Length > 1 && !NotUnits.Contains(unitWord) && char.IsLower(m.Groups["unit"].Value[0])) unit = Singular(unitWord);
            else
            {
                unit = "";
                surfaceEnd = m.Groups["scale"].Success ? m.Groups["scale"].Index + m.Groups["scale"].Length : m.Groups["num"].Index + m.Groups["num"].Length;
            }

            var counts = CountsOf(unit, folded, foldedAligned is null ? -1 : m.Index);
            (found ??= []).Add(new Quantity(value, unit, counts, text[m.Index..surfaceEnd].Trim()));
        }
        return found ?? (IReadOnlyList<Quantity>)[];
    }

    private static string? CountsOf(string unit, string folded, int position)
    {
        if (unit is "USD" or "EUR" or "GBP" or "CNY" or "RUB" or "m3" or "tonne" or "%" or "")
        {
            // The topic word closest to the figure says what the money or volume measures.
            string? best = null;
            var bestDistance = int.MaxValue;
            foreach (var (stem, key) in Topics)
            {
                var at = folded.IndexOf(stem, StringComparison.Ordinal);
                while (at >= 0)
                {
                    var boundary = at == 0 || !char.IsLetter(folded[at - 1]);
                    var distance = position < 0 ? at : Math.Abs(at - position);
                    if (boundary && distance < bestDistance) { best = key; bestDistance = distance; }
                    at = folded.IndexOf(stem, at + 1, StringComparison.Ordinal);
                }
            }
            return best;
        }
        return unit;
    }

    private static string Singular(string word) =>
        word.Length > 3 && (word.EndsWith('s') || word.EndsWith('x')) && !word.EndsWith("ss") ? word[..^1] : word;

    internal static bool TryParseNumber(string numText, string language, out double value)
    {
        var cleaned = numText.Replace(" ", "").Replace("\u00A0", "").Replace("\u202F", "");
        if (cleaned.Contains(',') && cleaned.Contains('.'))
            cleaned = cleaned.Replace(",", "");
        else if (cleaned.Contains(','))
        {
            var parts = cleaned.Split(',');
            // "1,000" is a thousands separator in English; "1,5" is a decimal comma in French.
            var thousands = language != "fr" && parts.Skip(1).All(p => p.Length == 3);
            cleaned = thousands ? cleaned.Replace(",", "") : cleaned.Replace(',', '.');
        }
        else if (language == "fr" && cleaned.Count(c => c == '.') >= 1 && cleaned.Split('.').Skip(1).All(p => p.Length == 3))
            cleaned = cleaned.Replace(".", "");
        return double.TryParse(cleaned, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
