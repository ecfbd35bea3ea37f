using System.Globalization;
using System.Reflection;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace ClaimCheck.Judging;

/// <summary>
/// The lexemes PostgreSQL's <c>french</c> / <c>english</c> text search configurations give a text, computed without a
/// database so the in-memory retrieval (the <c>analyze</c> command) selects the pairs the SQL retrieval selects. It
/// follows PostgreSQL's default parser where it matters for news text (words and numbers, apostrophes and commas as
/// separators, "3.5" as one number, a hyphenated word as itself and its parts), its stop word files (copied from
/// PostgreSQL 15, see README.md in this folder) and the same Snowball stemmers. Words mixing letters and digits
/// ("G20") and numbers are kept as written, as the <c>simple</c> dictionary does. Checked against PostgreSQL on the
/// sample corpus by the API tests.
/// </summary>
public static class ClaimTerms
{
    private static readonly IReadOnlySet<string> FrenchStop = LoadStopWords("french.stop");
    private static readonly IReadOnlySet<string> EnglishStop = LoadStopWords("english.stop");

    /// <summary>A word of PostgreSQL's English stop list (lowercase): a function word ("to", "about", "as"), never a speech verb.</summary>
    public static bool IsEnglishStopWord(string folded) => EnglishStop.Contains(folded);

    /// <summary>A word of the stop list of <paramref name="language"/>'s configuration (none for <c>simple</c>).</summary>
    public static bool IsStopWord(string folded, string? language) => ConfigurationFor(language) switch
    {
        "french" => FrenchStop.Contains(folded),
        "english" => EnglishStop.Contains(folded),
        _ => false,
    };

    /// <summary>PostgreSQL's configuration name for an article language ("fr", "en"); other languages are not stemmed.</summary>
    public static string ConfigurationFor(string? language) => language?.ToLowerInvariant() switch
    {
        "fr" or "fra" or "french" => "french",
        "en" or "eng" or "english" => "english",
        _ => "simple",
    };

    /// <summary>The distinct lexemes of <paramref name="text"/> under the configuration of <paramref name="language"/>.</summary>
    public static IReadOnlySet<string> Of(string text, string? language)
    {
        var configuration = ConfigurationFor(language);
        var terms = new HashSet<string>(StringComparer.Ordinal);
        SnowballProgram? stemmer = configuration switch { "french" => new FrenchStemmer(), "english" => new EnglishStemmer(), _ => null };
        var stop = configuration switch { "french" => FrenchStop, "english" => EnglishStop, _ => null };
        foreach (var raw in RawTokens(text))
        {
            var parts = raw.Split('-', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                // A hyphenated word is indexed whole and by its parts; with a digit in it, it is not stemmed.
                if (parts.Any(p => p.Any(char.IsDigit))) terms.Add(raw);
                else AddWord(raw, terms, stemmer, stop);
                foreach (var part in parts) AddToken(part, terms, stemmer, stop);
            }
            else if (parts.Length == 1) AddToken(parts[0], terms, stemmer, stop);
        }
        return terms;
    }

    private static void AddToken(string token, HashSet<string> terms, SnowballProgram? stemmer, IReadOnlySet<string>? stop)
    {
        if (token.Any(char.IsDigit)) terms.Add(token);
        else AddWord(token, terms, stemmer, stop);
    }

    private static void AddWord(string word, HashSet<string> terms, SnowballProgram? stemmer, IReadOnlySet<string>? stop)
    {
        if (stop is not null && stop.Contains(word)) return;
        if (stemmer is null) { terms.Add(word); return; }
        stemmer.SetCurrent(word);
        stemmer.Stem();
        terms.Add(stemmer.Current);
    }

    // Runs of letters and digits, joined by hyphens between them and by a dot between digits ("3.5"), lower-cased.
    private static IEnumerable<string> RawTokens(string text)
    {
        var folded = text.ToLower(CultureInfo.InvariantCulture);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : ' ';
            var inWord = char.IsLetterOrDigit(c)
                || (start >= 0 && c == '-' && i + 1 < folded.Length && char.IsLetterOrDigit(folded[i + 1]))
                || (start >= 0 && c == '.' && char.IsDigit(folded[i - 1]) && i + 1 < folded.Length && char.IsDigit(folded[i + 1]) && IsNumberSoFar(folded, start, i));
            if (inWord)
            {
                if (start < 0) start = i;
            }
            else if (start >= 0)
            {
                yield return folded[start..i];
                start = -1;
            }
        }
    }

    private static bool IsNumberSoFar(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
            if (!char.IsDigit(text[i]) && text[i] != '.') return false;
        return true;
    }

    private static IReadOnlySet<string> LoadStopWords(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Judging." + name)
            ?? throw new InvalidOperationException($"missing embedded stop word list {name}");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
            if (line.Trim() is { Length: > 0 } word) words.Add(word);
        return words;
    }
}

/// <summary>
/// Trigram similarity as PostgreSQL's <c>pg_trgm</c> computes it: each word (a run of letters and digits, lower-cased)
/// padded with two spaces before and one after, cut into trigrams; similarity is shared trigrams over all distinct trigrams.
/// </summary>
public static class Trigrams
{
    public static IReadOnlySet<string> Of(string text)
    {
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        var folded = text.ToLower(CultureInfo.InvariantCulture);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWord = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                var padded = "  " + folded[start..i] + " ";
                for (var j = 0; j + 3 <= padded.Length; j++) trigrams.Add(padded.Substring(j, 3));
                start = -1;
            }
        }
        return trigrams;
    }

    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var shared = a.Count(b.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    public static double Similarity(string a, string b) => Similarity(Of(a), Of(b));
}
