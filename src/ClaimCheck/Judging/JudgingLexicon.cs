using System.Globalization;
using System.Text;

namespace ClaimCheck.Judging;

/// <summary>
/// The small French/English word lists the judge relies on. Kept short and general on purpose:
/// they encode how the languages mark negation, opposition and intent, not the wording of any one dataset.
/// </summary>
public static class JudgingLexicon
{
    // Tokens that negate a clause by themselves. French "ne"/"n'" is left out because "ne ... que" restricts
    // instead of negating; the second half of the French negation (pas, jamais, plus...) carries the signal.
    public static readonly IReadOnlySet<string> NegationCues = new HashSet<string>(StringComparer.Ordinal)
    {
        "pas", "jamais", "aucun", "aucune", "rien", "nullement", "guere", "non", "sans", "ni", "nulle",
        "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "without", "cannot", "nt",
    };

    // Words marking intention, possibility or wish rather than a settled fact.
    public static readonly IReadOnlyList<string> ModalityStems =
    [
        "veu", "voul", "souhait", "envisag", "pourr", "peut-etre", "prevoi", "prevu", "projet", "intention", "espere",
        "want", "wish", "intend", "plan", "may", "might", "could", "would", "consider", "hope", "expect", "probabl", "possibl",
    ];

    // Stems of words with opposite meaning; a token matches a stem when it starts with it.
    public static readonly IReadOnlyList<(string, string)> AntonymStems =
    [
        ("augment", "baiss"), ("augment", "diminu"), ("hauss", "baiss"), ("croiss", "recul"), ("progress", "recul"),
        ("increas", "decreas"), ("rise", "fall"), ("rose", "fell"), ("grow", "shrink"), ("up", "down"),
        ("gagn", "perd"), ("victoir", "defait"), ("win", "lose"), ("won", "lost"), ("victor", "defeat"),
        ("accept", "refus"), ("accept", "rejet"), ("accept", "reject"), ("approuv", "rejet"), ("approv", "reject"), ("adopt", "rejet"),
        ("soutien", "oppos"), ("soutient", "oppos"), ("soutenu", "oppos"), ("support", "oppos"), ("favorabl", "hostil"), ("favor", "against"),
        ("confirm", "dement"), ("confirm", "nie"), ("confirm", "deni"), ("admit", "deni"), ("reconn", "nie"),
        ("ouvr", "ferm"), ("ouvert", "ferm"), ("open", "clos"), ("autoris", "interdi"), ("allow", "forbid"), ("allow", "ban"), ("permit", "prohibit"), ("legal", "illegal"),
        ("present", "absent"), ("particip", "absent"), ("attend", "skip"), ("arriv", "depart"),
        ("debut", "fin"), ("commenc", "termin"), ("start", "end"), ("begin", "finish"), ("lanc", "abandon"),
        ("vrai", "faux"), ("true", "false"), ("exact", "inexact"), ("correct", "incorrect"),
        ("plus", "moins"), ("more", "less"), ("more", "fewer"), ("superieur", "inferieur"), ("above", "below"), ("higher", "lower"), ("haut", "bas"),
        ("avant", "apres"), ("before", "after"), ("earlier", "later"),
        ("chaud", "froid"), ("hot", "cold"), ("warm", "cold"), ("ensoleill", "pluvi"), ("sunny", "rainy"), ("sec", "humid"), ("dry", "wet"),
        ("sain", "malad"), ("healthy", "sick"), ("gueri", "malad"), ("vivant", "mort"), ("alive", "dead"), ("survecu", "mort"), ("surviv", "died"),
        ("succes", "echec"), ("success", "failure"), ("reuss", "echou"), ("succeed", "fail"),
        ("safe", "danger"), ("paix", "guerre"), ("peace", "war"), ("allie", "ennemi"), ("ally", "enemy"), ("friend", "enemy"), ("ami", "ennemi"),
        ("demission", "rest"), ("resign", "stay"), ("quitt", "rest"), ("leav", "stay"), ("elu", "battu"), ("elected", "defeated"),
        ("riche", "pauvr"), ("rich", "poor"), ("expensive", "cheap"), ("facil", "difficil"), ("easy", "difficult"),
        ("rapid", "lent"), ("fast", "slow"), ("grand", "petit"), ("large", "small"), ("big", "small"), ("nouveau", "ancien"), ("new", "old"),
        ("toujours", "jamais"), ("always", "never"), ("tous", "aucun"), ("all", "none"), ("everyone", "nobody"), ("tout", "rien"), ("everything", "nothing"),
        ("majorit", "minorit"), ("majority", "minority"), ("accord", "desaccord"), ("agree", "disagree"), ("signe", "refus"), ("signed", "refused"),
        ("embauch", "licenci"), ("hire", "fire"), ("hired", "fired"), ("excedent", "deficit"), ("surplus", "deficit"), ("profit", "loss"), ("benefic", "perte"),
        ("import", "export"), ("rouvr", "ferm"), ("rouvert", "ferm"), ("remport", "perd"), ("remport", "perdu"), ("jou", "forfait"), ("sign", "veto"), ("approv", "block"),
        ("won", "lost"), ("travel", "cancel"), ("condamn", "acquitt"), ("guilty", "acquit"), ("convict", "acquit"), ("achet", "vend"), ("buy", "sell"), ("bought", "sold"), ("rencontr", "evit"), ("meet", "avoid"), ("met", "avoided"),
    ];

    // Verbs and nouns whose meaning includes a negation ("annuler" = make not happen, "deny" = say not true).
    public static readonly IReadOnlyList<string> ImplicitNegationStems =
    [
        "annul", "renon", "abandon", "refus", "nie", "nient", "niait", "dement", "exclu", "bloqu", "forfait", "echou", "echec", "manqu",
        "empech", "interdi", "suspend", "report", "retir", "absent", "reject", "rejet", "impossibl",
        "cancel", "call off", "refus", "deni", "deny", "rule", "ruled", "block", "veto", "skip", "miss", "fail", "prevent", "ban", "halt",
        "suspend", "postpon", "withdr", "absent", "declin", "impossible", "unable", "lack",
    ];

    public static bool HasImplicitNegation(IReadOnlyList<string> tokens) =>
        tokens.Any(t => ImplicitNegationStems.Any(stem => stem.Length <= 3 ? t == stem || t == stem + "s" || t == stem + "e" : t.StartsWith(stem, StringComparison.Ordinal)));

    public static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "et", "ou", "a", "au", "aux", "en", "dans", "sur", "par", "pour",
        "que", "qu", "qui", "ce", "cet", "cette", "ces", "se", "s", "sa", "son", "ses", "leur", "leurs", "il", "elle", "ils", "elles",
        "on", "nous", "vous", "je", "j", "me", "m", "te", "t", "lui", "y", "ne", "n", "est", "sont", "etait", "ete", "avec", "comme",
        "the", "an", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "that", "this", "these", "those", "it", "its", "he", "she", "they", "his", "her", "their", "from", "as", "will",
        "would", "do", "does", "did", "than", "which", "who", "whom", "there", "s", "a", "ai", "as", "avait", "ont", "sera", "fait",
    };

    // Mutually exclusive quantifiers; "tous" against "aucun" is an antonym, "certains" against "tous" is a weaker clash.
    public static readonly IReadOnlySet<string> Quantifiers = new HashSet<string>(StringComparer.Ordinal)
    {
        "tous", "toutes", "aucun", "aucune", "certains", "certaines", "quelques", "plusieurs", "la plupart", "seul", "seule", "seuls",
        "all", "every", "none", "some", "several", "few", "most", "only", "many",
    };

    public static readonly IReadOnlyDictionary<string, double> NumberWords = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["deux"] = 2, ["trois"] = 3, ["quatre"] = 4, ["cinq"] = 5, ["six"] = 6, ["sept"] = 7, ["huit"] = 8, ["neuf"] = 9, ["dix"] = 10,
        ["onze"] = 11, ["douze"] = 12, ["vingt"] = 20, ["cent"] = 100, ["mille"] = 1000,
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["twenty"] = 20, ["hundred"] = 100, ["dozen"] = 12,
    };

    /// <summary>Lower-case, accent-free, apostrophe-split word tokens ("n'a pas" gives n, a, pas; "don't" gives don, nt).</summary>
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var current = new StringBuilder();
        var folded = FoldAccents(text.ToLowerInvariant());
        for (var i = 0; i < folded.Length; i++)
        {
            var c = folded[i];
            if (char.IsLetterOrDigit(c) || (c == '-' && current.Length > 0 && i + 1 < folded.Length && char.IsLetter(folded[i + 1])))
            {
                current.Append(c);
                continue;
            }
            if ((c == '\'' || c == '’') && current.Length > 0 && i + 1 < folded.Length && folded[i + 1] == 't' && current[^1] == 'n'
                && (i + 2 >= folded.Length || !char.IsLetter(folded[i + 2])))
            {
                // English "n't": split "don't" into "do" + "nt" so the negation is a token of its own.
                current.Length--;
                if (current.Length > 0) tokens.Add(current.ToString());
                tokens.Add("nt");
                current.Clear();
                i++;
                continue;
            }
            if (current.Length > 0) { tokens.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) tokens.Add(current.ToString());
        return tokens;
    }

    public static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(c);
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>A crude suffix-stripping stem shared by French and English, enough to match "rencontre"/"rencontrer", "meets"/"meet".</summary>
    public static string Stem(string token)
    {
        string[] suffixes = ["ations", "ation", "ements", "ement", "ments", "ment", "ances", "ance", "ings", "ing", "ees", "ee", "es", "er", "ez", "ed", "e", "s"];
        foreach (var suffix in suffixes)
            if (token.Length - suffix.Length >= 4 && token.EndsWith(suffix, StringComparison.Ordinal))
                return token[..^suffix.Length];
        return token;
    }

    public static bool IsContentToken(string token) => token.Length > 1 && !StopWords.Contains(token) && !NegationCues.Contains(token);

    public static bool HasNegation(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NegationCues.Contains(tokens[i])) return true;
            // "ne ... plus" negates; "plus" alone compares, so it counts only after "ne"/"n'" nearby.
            if (tokens[i] == "plus" && i > 0 && HasNeBefore(tokens, i)) return true;
        }
        return false;
    }

    /// <summary>"ne" or "n'" within the three tokens before <paramref name="index"/>: "plus" after it negates.</summary>
    internal static bool HasNeBefore(IReadOnlyList<string> tokens, int index)
    {
        for (var j = Math.Max(0, index - 3); j < index; j++)
            if (tokens[j] is "ne" or "n") return true;
        return false;
    }

    public static bool HasModality(IReadOnlyList<string> tokens) =>
        tokens.Any(t => ModalityStems.Any(stem => t.StartsWith(stem, StringComparison.Ordinal) && (t.Length <= stem.Length + 6)));

    private static readonly HashSet<string> LongAntonymStems =
        AntonymStems.SelectMany(p => new[] { p.Item1, p.Item2 }).Where(stem => stem.Length > 3).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string> ShortAntonymStems =
        AntonymStems.SelectMany(p => new[] { p.Item1, p.Item2 }).Where(stem => stem.Length <= 3).ToHashSet(StringComparer.Ordinal);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LongStemLookup = LongAntonymStems.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ShortStemLookup = ShortAntonymStems.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when a token of one side and a token of the other side are antonyms.</summary>
    public static bool HasAntonymPair(IReadOnlyList<string> first, IReadOnlyList<string> second, out string? pair)
    {
        // Each stem is looked up once per side; the pair table is then checked against two small sets.
        var left = MatchedStems(first);
        var right = MatchedStems(second);
        pair = null;
        if (left.Count == 0 || right.Count == 0) return false;
        foreach (var (a, b) in AntonymStems)
        {
            if (left.Contains(a) && right.Contains(b) && !left.Contains(b) && !right.Contains(a)) { pair = $"{a}/{b}"; return true; }
            if (left.Contains(b) && right.Contains(a) && !left.Contains(a) && !right.Contains(b)) { pair = $"{b}/{a}"; return true; }
        }
        return false;
    }

    // Looks each token's prefixes up in the stem sets instead of scanning every stem: the feature runs on every pair.
    private static HashSet<string> MatchedStems(IReadOnlyList<string> tokens)
    {
        var matched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            var span = token.AsSpan();
            if (ShortStemLookup.TryGetValue(span, out var exact)) matched.Add(exact);
            if (span.Length > 1 && span[^1] == 's' && ShortStemLookup.TryGetValue(span[..^1], out var plural)) matched.Add(plural);
            for (var length = 4; length <= span.Length; length++)
                if (LongStemLookup.TryGetValue(span[..length], out var stem)) matched.Add(stem);
        }
        return matched;
    }

    // Short stems ("up", "ni", "sur") must match whole tokens, or "super" would read as "sur".
    private static bool ContainsStem(IReadOnlyList<string> tokens, string stem)
    {
        foreach (var token in tokens)
        {
            if (stem.Length <= 3 ? token == stem || token == stem + "s" : token.StartsWith(stem, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
