using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace ClaimCheck.Extraction;

/// <summary>
/// Maps French and English verbs, their conjugations and nominalizations to one predicate key
/// ("rencontrera", "rencontre", "meets", "met" → "meet"). Loaded from the embedded predicates.json.
/// </summary>
public sealed class PredicateLexicon
{
    private readonly Dictionary<string, (FrozenDictionary<string, string> Words, (string Prefix, string Predicate)[] Prefixes)> _byLanguage = new();

    public static PredicateLexicon Default { get; } = Load();

    public IEnumerable<string> Predicates => _byLanguage.Values.SelectMany(l => l.Words.Values.Concat(l.Prefixes.Select(p => p.Predicate))).Distinct();

    /// <summary>The predicate a folded word (without elided prefix) expresses, or null.</summary>
    public string? Match(string bareWord, string language)
    {
        if (!_byLanguage.TryGetValue(language, out var lexicon)) lexicon = _byLanguage["en"];
        if (lexicon.Words.TryGetValue(bareWord, out var predicate)) return predicate;
        foreach (var (prefix, p) in lexicon.Prefixes)
            if (bareWord.StartsWith(prefix, StringComparison.Ordinal)) return p;
        return null;
    }

    private static PredicateLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Extraction.predicates.json")
            ?? throw new InvalidOperationException("The embedded predicate lexicon is missing from the assembly.");
        using var doc = JsonDocument.Parse(stream);
        var lexicon = new PredicateLexicon();
        foreach (var language in doc.RootElement.EnumerateObject())
        {
            if (language.Value.ValueKind != JsonValueKind.Object) continue;
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            var prefixes = new List<(string, string)>();
            foreach (var predicate in language.Value.EnumerateObject())
            {
                foreach (var p in predicate.Value.GetProperty("prefixes").EnumerateArray())
                    prefixes.Add((p.GetString()!, predicate.Name));
                foreach (var w in predicate.Value.GetProperty("words").EnumerateArray())
                    words.TryAdd(w.GetString()!, predicate.Name);
            }
            // Longer stems first so "retrouvaill" wins over a shorter stem sharing its start.
            lexicon._byLanguage[language.Name] = (words.ToFrozenDictionary(StringComparer.Ordinal),
                prefixes.OrderByDescending(p => p.Item1.Length).ToArray());
        }
        return lexicon;
    }
}
