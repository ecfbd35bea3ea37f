using System.Globalization;

namespace ClaimCheck.Attribution;

/// <summary>
/// Builds the attribution lexicon from public word lists and the training corpora (see models/attribution.json
/// for the files and their hashes). Every entry comes from data, none is written for a sentence:
/// cue forms are the speech-verb lists of the Gender Gap Tracker (French and English) plus every single-word cue
/// that annotators marked at least <see cref="MinCueCount"/> times in the training corpora; first names are
/// INSEE's (France) and the US Social Security's lists, kept when one sex accounts for at least 90% of births
/// and births reach <see cref="MinNameBirths"/>; role nouns are the French occupation list with grammatical
/// gender and the lowercase head words of annotated English sources.
/// </summary>
public static class AttributionLexiconBuilder
{
    public const int MinCueCount = 3;
    public const int MinNameBirths = 500;
    public const int MinRoleCount = 5;
    public const double GenderShare = 0.9;

    private static readonly HashSet<string> NotRoles = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "he", "she", "they", "it", "who", "that", "this", "these", "those", "some", "many", "most", "others", "other", "people", "one", "all", "both", "we", "i", "you",
    };

    public static AttributionLexicon Build(IEnumerable<string> speechVerbForms, string inseeFirstNamesCsv, string ssaFirstNamesCsv, string occupationsCsv,
        IEnumerable<AnnotatedDocument> trainingCorpora)
    {
        var cueCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        var roleCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in trainingCorpora)
            foreach (var attribution in document.Attributions)
            {
                foreach (var cue in attribution.Cue)
                {
                    var words = AttributionEvaluation.Words(document.Text, [cue]);
                    if (words.Count == 1) cueCounts[words[0]] = cueCounts.GetValueOrDefault(words[0]) + 1;
                }
                if (document.Language == "en" && attribution.Source.Count > 0)
                {
                    var source = attribution.Source[^1];
                    var words = AttributionEvaluation.Words(document.Text, [source]);
                    var lastWord = words.Count is > 0 and <= 6 ? words[^1] : null;
                    var lastChar = source.End - 1;
                    if (lastWord is not null && !NotRoles.Contains(lastWord) && lastChar < document.Text.Length && char.IsLower(document.Text[lastChar]))
                        roleCounts[lastWord] = roleCounts.GetValueOrDefault(lastWord) + 1;
                }
            }

        var verbs = speechVerbForms.Select(v => v.Trim()).Where(v => v.Length > 0).ToList();
        var cues = verbs.Concat(cueCounts.Where(c => c.Value >= MinCueCount && c.Key.Any(char.IsLetter)).Select(c => c.Key));
        var names = InseeNames(inseeFirstNamesCsv).Concat(SsaNames(ssaFirstNamesCsv));
        var roles = Occupations(occupationsCsv).Concat(roleCounts.Where(r => r.Value >= MinRoleCount).Select(r => new KeyValuePair<string, char>(r.Key, 'x')));
        return new AttributionLexicon(cues, names, roles, verbs);
    }

    /// <summary>INSEE "preusuel";"sexratio_prenom";"n";"sexe_prenom" (sexratio = share of boys).</summary>
    internal static IEnumerable<KeyValuePair<string, char>> InseeNames(string csv)
    {
        foreach (var line in csv.Split('\n').Skip(1))
        {
            var fields = line.Trim().Split(';');
            if (fields.Length < 3) continue;
            var name = fields[0].Trim('"');
            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var boys)) continue;
            if (!int.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var births) || births < MinNameBirths) continue;
            if (name.Length < 2) continue;
            if (boys >= GenderShare) yield return new(name, 'm');
            else if (boys <= 1 - GenderShare) yield return new(name, 'f');
        }
    }

    /// <summary>SSA "Name,Sex,Count,Year" lines (the most frequent sex and year of each name).</summary>
    internal static IEnumerable<KeyValuePair<string, char>> SsaNames(string csv)
    {
        var bySex = new Dictionary<string, (long Male, long Female)>(StringComparer.Ordinal);
        foreach (var line in csv.Split('\n'))
        {
            var fields = line.Trim().Split(',');
            if (fields.Length < 3 || !long.TryParse(fields[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)) continue;
            var name = fields[0].ToLowerInvariant();
            var current = bySex.GetValueOrDefault(name);
            bySex[name] = fields[1] == "M" ? (current.Male + count, current.Female) : (current.Male, current.Female + count);
        }
        foreach (var (name, (male, female)) in bySex)
        {
            var total = male + female;
            if (total < MinNameBirths || name.Length < 2) continue;
            if (male >= GenderShare * total) yield return new(name, 'm');
            else if (female >= GenderShare * total) yield return new(name, 'f');
        }
    }

    /// <summary>"abbé";1 lines: 1 masculine, 0 feminine.</summary>
    internal static IEnumerable<KeyValuePair<string, char>> Occupations(string csv)
    {
        foreach (var line in csv.Split('\n'))
        {
            var fields = line.Trim().Split(';');
            if (fields.Length < 2) continue;
            var word = fields[0].Trim('"');
            if (word.Length < 3 || word.Contains(' ')) continue;
            yield return new(word, fields[1].Trim() == "1" ? 'm' : 'f');
        }
    }
}
