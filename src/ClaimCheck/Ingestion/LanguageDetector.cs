namespace ClaimCheck.Ingestion;

/// <summary>Tells French from English by counting each language's most frequent function words.</summary>
public static class LanguageDetector
{
    public const string French = "fr";
    public const string English = "en";

    public static readonly IReadOnlySet<string> Supported = new HashSet<string> { French, English };

    private static readonly HashSet<string> FrenchWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "le", "la", "les", "des", "du", "de", "un", "une", "et", "est", "que", "qui", "dans", "pour",
        "pas", "sur", "au", "aux", "avec", "ce", "cette", "il", "elle", "ont", "sont", "a", "été",
        "par", "mais", "ou", "où", "leur", "ses", "son", "sa", "nous", "vous", "selon", "lors",
    };

    private static readonly HashSet<string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "as", "was", "by", "it",
        "he", "she", "they", "are", "were", "has", "have", "had", "from", "at", "this", "which",
        "will", "would", "not", "but", "said", "his", "her", "their", "be", "been", "an",
    };

    /// <summary>Returns "fr" or "en"; English when there is no evidence either way.</summary>
    public static string Detect(string text)
    {
        int french = 0, english = 0, start = -1;
        var span = text.AsSpan();
        for (var i = 0; i <= span.Length; i++)
        {
            var isLetter = i < span.Length && char.IsLetter(span[i]);
            if (isLetter)
            {
                if (start < 0) start = i;
                continue;
            }
            if (start < 0) continue;
            var word = span[start..i];
            start = -1;
            if (word.Length is 0 or > 6) continue;
            var lookup = word.ToString();
            if (FrenchWords.Contains(lookup)) french++;
            if (EnglishWords.Contains(lookup)) english++;
        }
        return french > english ? French : English;
    }
}
