using System.Text;

namespace ClaimCheck.Attribution;

/// <summary>
/// Word lists the attribution features and the speaker resolver look words up in: speech-cue word forms,
/// first names with their usual gender, and role nouns. Derived from public data by <c>claimcheck train-attribution</c>
/// (see models/attribution.json); closed-class words (pronouns, honorifics) are grammar and live in
/// <see cref="Grammar"/>. Keys are folded (lowercase, accents removed) so lookups need no allocation beyond the fold.
/// </summary>
public sealed class AttributionLexicon
{
    private readonly HashSet<string> cues;
    private readonly HashSet<string> quoteVerbs;
    private readonly Dictionary<string, char> firstNames;
    private readonly Dictionary<string, char> roles;

    /// <param name="quoteVerbForms">
    /// The curated speech-verb lists alone (no corpus-derived cues): verbs whose noun-phrase or infinitive
    /// complement is what was said ("a annoncé sa démission"). Corpus cues such as "décider" or "donner" report only
    /// with a "que" clause. Null: the same as <paramref name="cueForms"/>.
    /// </param>
    public AttributionLexicon(IEnumerable<string> cueForms, IEnumerable<KeyValuePair<string, char>> firstNameGenders, IEnumerable<KeyValuePair<string, char>> roleGenders,
        IEnumerable<string>? quoteVerbForms = null)
    {
        cues = new HashSet<string>(cueForms.Select(Fold), StringComparer.Ordinal);
        quoteVerbs = quoteVerbForms is null ? cues : new HashSet<string>(quoteVerbForms.Select(Fold), StringComparer.Ordinal);
        firstNames = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var (name, gender) in firstNameGenders) firstNames.TryAdd(Fold(name), gender);
        roles = new Dictionary<string, char>(StringComparer.Ordinal);
        foreach (var (role, gender) in roleGenders) roles.TryAdd(Fold(role), gender);
    }

    public static AttributionLexicon Empty { get; } = new([], [], []);

    public int CueCount => cues.Count;

    public int FirstNameCount => firstNames.Count;

    public bool IsCue(string folded) => cues.Contains(folded);

    /// <summary>A form of the curated speech-verb lists (see the constructor).</summary>
    public bool IsQuoteVerb(string folded) => quoteVerbs.Contains(folded);

    /// <summary>'m', 'f', or '\0' when the word is not a known first name.</summary>
    public char FirstNameGender(string folded) => firstNames.GetValueOrDefault(folded);

    public bool IsFirstName(string folded) => firstNames.ContainsKey(folded);

    /// <summary>'m', 'f', 'x' (either) when the word is a role noun ("porte-parole", "spokeswoman"), else '\0'.</summary>
    public char RoleGender(string folded) => roles.GetValueOrDefault(folded);

    /// <summary>
    /// The lexicon file format: one entry a line, <c>cue\tFORM</c>, <c>verb\tFORM</c> (curated speech verbs),
    /// <c>name\tFORM\tm|f</c> or <c>role\tFORM\tm|f|x</c>; lines starting with '#' are comments. A file without
    /// <c>verb</c> lines treats every cue as a curated verb.
    /// </summary>
    public static AttributionLexicon Read(TextReader reader)
    {
        var cueForms = new List<string>();
        var names = new List<KeyValuePair<string, char>>();
        var roleNouns = new List<KeyValuePair<string, char>>();
        var verbs = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            switch (fields[0])
            {
                case "cue" when fields.Length >= 2: cueForms.Add(fields[1]); break;
                case "verb" when fields.Length >= 2: verbs.Add(fields[1]); break;
                case "name" when fields.Length >= 3 && fields[2].Length == 1: names.Add(new(fields[1], fields[2][0])); break;
                case "role" when fields.Length >= 3 && fields[2].Length == 1: roleNouns.Add(new(fields[1], fields[2][0])); break;
            }
        }
        return new AttributionLexicon(cueForms, names, roleNouns, verbs.Count > 0 ? verbs : null);
    }

    public void Write(TextWriter writer)
    {
        foreach (var cue in cues.Order(StringComparer.Ordinal)) writer.Write($"cue\t{cue}\n");
        if (!ReferenceEquals(quoteVerbs, cues))
            foreach (var verb in quoteVerbs.Order(StringComparer.Ordinal)) writer.Write($"verb\t{verb}\n");
        foreach (var (name, gender) in firstNames.OrderBy(p => p.Key, StringComparer.Ordinal)) writer.Write($"name\t{name}\t{gender}\n");
        foreach (var (role, gender) in roles.OrderBy(p => p.Key, StringComparer.Ordinal)) writer.Write($"role\t{role}\t{gender}\n");
    }

    public static string Fold(string word) => Fold(word.AsSpan());

    public static string Fold(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var c in word) builder.Append(Extraction.TextFold.Fold(c));
        return builder.ToString();
    }
}

/// <summary>Closed-class words of French and English that attribution needs: personal pronouns with their gender, honorifics.</summary>
public static class Grammar
{
    private static readonly Dictionary<string, char> Pronouns = new(StringComparer.Ordinal)
    {
        ["he"] = 'm', ["him"] = 'm', ["his"] = 'm', ["she"] = 'f', ["her"] = 'f', ["they"] = 'p', ["we"] = 'p', ["i"] = 's', ["you"] = 's',
        ["il"] = 'm', ["lui"] = 'm', ["elle"] = 'f', ["ils"] = 'p', ["elles"] = 'p', ["on"] = 'p', ["nous"] = 'p', ["je"] = 's', ["j'"] = 's', ["vous"] = 's',
        ["celui-ci"] = 'm', ["celle-ci"] = 'f',
    };

    private static readonly Dictionary<string, char> Honorifics = new(StringComparer.Ordinal)
    {
        ["m"] = 'm', ["mr"] = 'm', ["monsieur"] = 'm', ["mme"] = 'f', ["madame"] = 'f', ["mlle"] = 'f', ["mademoiselle"] = 'f', ["mrs"] = 'f', ["ms"] = 'f', ["miss"] = 'f',
        ["dr"] = 'x', ["pr"] = 'x', ["me"] = 'x', ["mgr"] = 'm', ["sir"] = 'm', ["lord"] = 'm', ["lady"] = 'f', ["sen"] = 'x', ["rep"] = 'x', ["gov"] = 'x',
        ["gen"] = 'x', ["col"] = 'x', ["capt"] = 'x', ["prof"] = 'x',
    };

    /// <summary>'m', 'f', 'p' (plural or collective), 's' (speaker or addressee), or '\0' when not a personal pronoun.</summary>
    public static char PronounGender(string folded)
    {
        // Inverted clitics come as their own token: "a" "-t-il", "dit" "-elle".
        var word = folded.StartsWith("-t-", StringComparison.Ordinal) ? folded[3..] : folded.TrimStart('-');
        return Pronouns.GetValueOrDefault(word);
    }

    public static char HonorificGender(string folded) => Honorifics.GetValueOrDefault(folded.TrimEnd('.'));

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    };

    /// <summary>A day of the week: English writes it capitalized, yet it names nobody ("Flynn told CNN Thursday").</summary>
    public static bool IsWeekday(string folded) => Weekdays.Contains(folded);
}
