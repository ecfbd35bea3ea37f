using System.Collections.Frozen;
using System.Text.RegularExpressions;
using ClaimCheck.Speakers;
using ClaimCheck.Text;

namespace ClaimCheck.Extraction;

/// <summary>
/// Turns any French or English sentence into a <see cref="ClaimFrame"/>: who (canonical id when the
/// registry knows the name), does what (a predicate key from <see cref="PredicateLexicon"/>), to whom,
/// negated or not, with which modality, where, when and with which figures. Thread-safe.
/// </summary>
public sealed partial class ClaimFrameParser
{
    /// <summary>Predicate used when no verb of the lexicon occurs in the sentence.</summary>
    public const string UnknownPredicate = "state";

    private static readonly FrozenSet<string> NegationWords = FrozenSet.ToFrozenSet(
    [
        "ne", "pas", "jamais", "aucun", "aucune", "nullement", "guere", "ni",
        "not", "never", "no", "nobody", "nothing", "none", "neither", "nor", "cannot",
        "refuse", "refusent", "refuse", "refusait", "refusera", "refuses", "refused", "refusing", "refus",
        "declined", "declines", "decline", "renonce", "renoncent", "renonce", "renoncera",
    ]);

    private static readonly FrozenDictionary<string, Modality> ModalWords = new Dictionary<string, Modality>
    {
        // Denials
        ["dement"] = Modality.Denies, ["dementi"] = Modality.Denies, ["dementent"] = Modality.Denies, ["nie"] = Modality.Denies, ["nient"] = Modality.Denies,
        ["nier"] = Modality.Denies, ["denies"] = Modality.Denies, ["denied"] = Modality.Denies, ["deny"] = Modality.Denies, ["denying"] = Modality.Denies,
        ["rejette"] = Modality.Denies, ["rejettent"] = Modality.Denies, ["rejects"] = Modality.Denies, ["rejected"] = Modality.Denies,
        // Wishes
        ["veut"] = Modality.Wants, ["veulent"] = Modality.Wants, ["voulait"] = Modality.Wants, ["voulaient"] = Modality.Wants, ["voudrait"] = Modality.Wants,
        ["voudraient"] = Modality.Wants, ["vouloir"] = Modality.Wants, ["veux"] = Modality.Wants, ["voulu"] = Modality.Wants, ["souhaite"] = Modality.Wants,
        ["souhaitent"] = Modality.Wants, ["souhaitait"] = Modality.Wants, ["desire"] = Modality.Wants, ["espere"] = Modality.Wants, ["esperent"] = Modality.Wants,
        ["want"] = Modality.Wants, ["wants"] = Modality.Wants, ["wanted"] = Modality.Wants, ["wish"] = Modality.Wants, ["wishes"] = Modality.Wants,
        ["hope"] = Modality.Wants, ["hopes"] = Modality.Wants, ["seeks"] = Modality.Wants, ["cherche"] = Modality.Wants, ["cherchent"] = Modality.Wants,
        // Intentions and plans
        ["intention"] = Modality.Intends, ["intend"] = Modality.Intends, ["intends"] = Modality.Intends, ["intended"] = Modality.Intends,
        ["prevoit"] = Modality.Intends, ["prevoient"] = Modality.Intends, ["prevoyait"] = Modality.Intends, ["prevoir"] = Modality.Intends, ["prevu"] = Modality.Intends,
        ["projette"] = Modality.Intends, ["compte"] = Modality.Intends, ["comptent"] = Modality.Intends, ["apprete"] = Modality.Intends, ["appretent"] = Modality.Intends,
        ["plan"] = Modality.Intends, ["plans"] = Modality.Intends, ["planned"] = Modality.Intends, ["planning"] = Modality.Intends, ["plans"] = Modality.Intends,
        ["going"] = Modality.Intends, ["aims"] = Modality.Intends, ["vise"] = Modality.Intends, ["visent"] = Modality.Intends, ["viser"] = Modality.Intends,
        // Considering
        ["envisage"] = Modality.Considers, ["envisagent"] = Modality.Considers, ["envisagerait"] = Modality.Considers, ["envisageait"] = Modality.Considers,
        ["envisager"] = Modality.Considers, ["envisagerai"] = Modality.Considers, ["considere"] = Modality.Considers, ["reflechit"] = Modality.Considers,
        ["consider"] = Modality.Considers, ["considers"] = Modality.Considers, ["considering"] = Modality.Considers, ["weighs"] = Modality.Considers,
        ["weighing"] = Modality.Considers, ["mulls"] = Modality.Considers, ["mulling"] = Modality.Considers, ["contemplating"] = Modality.Considers,
        ["pourrait"] = Modality.Considers, ["pourraient"] = Modality.Considers, ["could"] = Modality.Considers, ["might"] = Modality.Considers, ["may"] = Modality.Considers,
        // Conditions
        ["si"] = Modality.Conditional, ["if"] = Modality.Conditional, ["unless"] = Modality.Conditional, ["provided"] = Modality.Conditional,
        ["condition"] = Modality.Conditional,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SkippableBeforeObject = FrozenSet.ToFrozenSet(
    [
        "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "avec", "a", "au", "aux", "en", "contre", "entre", "pour", "son", "sa", "ses",
        "the", "a", "an", "with", "to", "against", "between", "for", "his", "her", "their", "its", "et", "and", "president", "presidente",
    ]);

    private static readonly FrozenSet<string> NotEntities = FrozenSet.ToFrozenSet(
    [
        "le", "la", "les", "l", "il", "elle", "ils", "elles", "ce", "cette", "mais", "et", "si", "selon", "lors", "dans", "en", "au", "pour", "nous", "je",
        "the", "he", "she", "they", "it", "this", "but", "and", "if", "in", "on", "at", "we", "i", "a", "an", "according", "after", "apres", "quand", "when",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ]);

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.ToFrozenSet(
        ["a", "au", "aux", "en", "in", "at", "to", "du", "de", "vers"]);

    [GeneratedRegex(@"\b(?:G ?\d{1,2}|sommet de l['’]OCS|OCS|SCO|APEC|ASEAN|COP ?\d+|Jeux olympiques(?: d['’]hiver| d['’]été)?|JO|Olympics|Winter Olympics|Davos|Assemblée générale de l['’]ONU|Conseil de sécurité(?: de l['’]ONU| des Nations unies)?|Security Council)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EventPattern();

    [GeneratedRegex(@"\b(?:(?:dès |d'ici |d’ici |depuis |avant |après |jusqu'à |jusqu’à )?(?:(?:le |ce |lundi |mardi |mercredi |jeudi |vendredi |samedi |dimanche )?(?:\d{1,2}(?:er)? )?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)(?: \d{4})?|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: (?:soir|matin|dernier|prochain))?|(?:la semaine|le mois|l['’]année|l['’]an|le week-end) (?:prochaine?|dernière?|passée?)|(?:cette|cet) (?:année|semaine|mois|été|hiver|automne|printemps)|ce mois-ci|hier(?: soir)?|aujourd['’]hui|demain|ce matin|ce soir|la veille|le lendemain|fin \d{4}|d'ici \d+ ans|d’ici \d+ ans|(?:en |in )?(?:19|20)\d{2}|(?:on |by |in |last |next |this |early |late )?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?|(?:on |last |next |this )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:night|morning|evening))?|(?:next|last|this) (?:week|month|year|weekend)|yesterday|today|tomorrow|tonight))\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    private readonly SpeakerRegistry _registry;
    private readonly PredicateLexicon _lexicon;

    public ClaimFrameParser(SpeakerRegistry? registry = null, PredicateLexicon? lexicon = null)
    {
        _registry = registry ?? SpeakerRegistry.Default;
        _lexicon = lexicon ?? PredicateLexicon.Default;
    }

    /// <summary>Parses one sentence. <paramref name="defaultSubject"/> is used when the sentence names nobody before its verb (e.g. the speaker of a quote in the first person).</summary>
    public ClaimFrame Parse(string text, string language, string? defaultSubject = null)
    {
        language = NormalizeLanguage(language);
        var tokens = Tokenizer.Tokenize(text);
        var mentions = MentionFinder.Find(_registry, text, 0, text.Length);

        var predicateIndex = -1;
        string? predicate = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (InsideMention(mentions, tokens[i].Start)) continue;
            var p = _lexicon.Match(tokens[i].Bare, language);
            if (p is null) continue;
            predicate = p;
            predicateIndex = i;
            break;
        }

        var predicateStart = predicateIndex >= 0 ? tokens[predicateIndex].Start : text.Length;
        var predicateEnd = predicateIndex >= 0 ? tokens[predicateIndex].End : text.Length;

        var subject = SubjectBefore(text, tokens, mentions, predicateStart, defaultSubject) ?? defaultSubject;
        var obj = predicateIndex >= 0 ? ObjectAfter(text, tokens, mentions, predicateIndex) : null;
        var polarity = NegatedBefore(tokens, predicateIndex) ? Polarity.Negated : Polarity.Affirmed;
        var modality = ModalityOf(tokens, predicateIndex);

        return new ClaimFrame(
            subject,
            predicate ?? UnknownPredicate,
            obj,
            polarity,
            modality,
            PlaceOf(text, tokens, mentions, predicateEnd),
            TimeOf(text),
            QuantityParser.Parse(text, language));
    }

    internal static string NormalizeLanguage(string? language) =>
        language is not null && language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";

    private static bool InsideMention(List<Mention> mentions, int position)
    {
        foreach (var m in mentions)
            if (position >= m.Start && position < m.End) return true;
        return false;
    }

    private string? Identify(Mention mention, List<Mention> all)
    {
        if (mention.Person is not null) return mention.Person.Id;
        // A role names someone only when the same text names one of its holders.
        foreach (var candidate in mention.RoleCandidates)
            if (all.Any(m => m.Person?.Id == candidate.Id)) return candidate.Id;
        return mention.RoleCandidates.Count == 1 ? mention.RoleCandidates[0].Id : null;
    }

    private string? SubjectBefore(string text, List<Token> tokens, List<Mention> mentions, int predicateStart, string? defaultSubject)
    {
        foreach (var m in mentions)
        {
            if (m.Start >= predicateStart) break;
            var id = Identify(m, mentions);
            if (id is not null) return id;
        }
        for (var i = 0; i < tokens.Count && tokens[i].Start < predicateStart; i++)
        {
            // A first-person sentence is the speaker's own claim.
            if (defaultSubject is not null && (FirstPerson.Contains(tokens[i].Folded) || tokens[i].HasElidedPrefix("j"))) return defaultSubject;
        }
        // An entity the registry does not know: the first capitalized phrase before the verb ("La Chine"),
        // unless it follows a preposition (then it is a place or a complement).
        for (var i = 0; i < tokens.Count && tokens[i].Start < predicateStart; i++)
        {
            var t = tokens[i];
            if (i > 0 && PlacePrepositions.Contains(tokens[i - 1].Folded)) continue;
            if (StartsUpper(text, t) && !NotEntities.Contains(t.Bare) && !IsFunctionWord(t.Bare)
                && !EventPattern().IsMatch(text.AsSpan(t.Start, t.Length)))
                return CapitalizedPhrase(text, tokens, i);
        }
        return null;
    }

    private static readonly FrozenSet<string> FirstPerson = FrozenSet.ToFrozenSet(["je", "j'", "nous", "i", "we", "me", "moi"]);

    private static bool StartsUpper(string text, Token t) => char.IsUpper(text[t.End - t.Bare.Length]);

    private string? ObjectAfter(string text, List<Token> tokens, List<Mention> mentions, int predicateIndex)
    {
        var predicateEnd = tokens[predicateIndex].End;
        foreach (var m in mentions)
        {
            if (m.Start < predicateEnd) continue;
            var wordsBetween = tokens.Count(t => t.Start >= predicateEnd && t.End <= m.Start);
            if (wordsBetween > 4) break;
            var id = Identify(m, mentions);
            if (id is not null) return id;
        }
        for (var i = predicateIndex + 1; i < tokens.Count && i <= predicateIndex + 4; i++)
        {
            var t = tokens[i];
            if (SkippableBeforeObject.Contains(t.Bare) || t.HasElidedPrefix("l") || t.HasElidedPrefix("d"))
            {
                if (t.Bare == t.Folded) continue;
            }
            if (StartsUpper(text, t) && !NotEntities.Contains(t.Bare) && !EventPattern().IsMatch(text.AsSpan(t.Start, t.Length)))
                return CapitalizedPhrase(text, tokens, i);
            if (!SkippableBeforeObject.Contains(t.Bare)) break;
        }
        return null;
    }

    private static bool IsFunctionWord(string bare) => bare.Length <= 2;

    private static string CapitalizedPhrase(string text, List<Token> tokens, int first)
    {
        var start = tokens[first].Start;
        var bare = tokens[first].Bare;
        if (bare != tokens[first].Folded) start = tokens[first].End - bare.Length;
        var end = tokens[first].End;
        for (var i = first + 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Start - end > 1 || !char.IsUpper(text[t.Start])) break;
            end = t.End;
        }
        return text[start..end];
    }

    private static bool NegatedBefore(List<Token> tokens, int predicateIndex)
    {
        var limit = predicateIndex < 0 ? tokens.Count : Math.Min(tokens.Count, predicateIndex + 3);
        for (var i = 0; i < limit; i++)
        {
            var t = tokens[i];
            if (t.HasElidedPrefix("n")) return true;
            if (t.Folded.EndsWith("n't", StringComparison.Ordinal)) return true;
            if (!NegationWords.Contains(t.Folded)) continue;
            // "non seulement" / "not only" introduce an addition, not a negation.
            if (t.Folded == "not" && i + 1 < tokens.Count && tokens[i + 1].Folded == "only") continue;
            return true;
        }
        return false;
    }

    private static Modality ModalityOf(List<Token> tokens, int predicateIndex)
    {
        var limit = predicateIndex < 0 ? tokens.Count : predicateIndex;
        Modality? nearest = null;
        var conditional = false;
        for (var i = 0; i < limit; i++)
        {
            var t = tokens[i];
            if (t.HasElidedPrefix("s") && t.Bare is "il" or "ils") { conditional = true; continue; }
            if (!ModalWords.TryGetValue(t.Bare, out var m)) continue;
            if (m == Modality.Conditional) { conditional = true; continue; }
            if (m == Modality.Denies || nearest != Modality.Denies) nearest = m;
        }
        if (nearest is null && predicateIndex >= 0)
        {
            // The predicate itself may be in the conditional mood of consideration ("envisagerait").
            for (var i = predicateIndex; i < tokens.Count; i++)
                if (tokens[i].Bare is "si" or "if" or "unless" || (tokens[i].HasElidedPrefix("s") && tokens[i].Bare is "il" or "ils")) { conditional = true; break; }
        }
        return nearest ?? (conditional ? Modality.Conditional : Modality.Asserted);
    }

    private static string? PlaceOf(string text, List<Token> tokens, List<Mention> mentions, int predicateEnd)
    {
        var ev = EventPattern().Match(text);
        if (ev.Success) return ev.Value.Replace(" ", "", StringComparison.Ordinal) is var compact && compact.Length <= 4 ? compact : ev.Value;
        for (var i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!char.IsUpper(text[t.Start]) || NotEntities.Contains(t.Folded)) continue;
            var previous = tokens[i - 1];
            if (!PlacePrepositions.Contains(previous.Folded)) continue;
            if (InsideMention(mentions, t.Start)) continue;
            if (previous.Folded is "de" or "du" && t.Start < predicateEnd) continue;
            return CapitalizedPhrase(text, tokens, i);
        }
        return null;
    }

    private static IReadOnlyList<string> TimeOf(string text)
    {
        List<string>? times = null;
        foreach (Match m in TimePattern().Matches(text))
            (times ??= []).Add(m.Value.Trim());
        return times ?? (IReadOnlyList<string>)[];
    }
}
