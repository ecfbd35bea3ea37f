using System.Text.RegularExpressions;
using ClaimCheck.Judging;
using ClaimCheck.Speakers;

namespace ClaimCheck.Extraction;

/// <summary>
/// Reads any French or English sentence into a <see cref="ClaimFrame"/>: who does what to whom, negated or not,
/// wanted, intended, considered or conditional, where, when and with which figures. Lexicon-driven and
/// deterministic, so the judge's rules see the same frame for the same words every time.
/// </summary>
public static partial class ClaimFrameParser
{
    /// <summary>The predicate given when no action word of the lexicon is found.</summary>
    public const string UnknownPredicate = "state";

    /// <summary>The judge's reader: the shipped registry, language detected when not given.</summary>
    public static readonly StatementFrameReader Reader = (sentence, language) => Parse(sentence, language);

    public static ClaimFrame Parse(string text, string? language) =>
        Parse(text, language ?? Ingestion.LanguageDetector.Detect(text), SpeakerRegistry.Shipped);

    public static ClaimFrame Parse(string text, string language, SpeakerRegistry registry, string? defaultSubject = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(registry);
        var lang = language.StartsWith("fr", StringComparison.OrdinalIgnoreCase) ? "fr" : "en";
        var clean = StripQuoteMarks(text);
        var folded = TextFold.Fold(clean);
        var words = Words(clean, folded);
        var clause = MainClause(clean, words, lang);
        var actors = FindActors(clean, folded, words, registry);

        var predicateIndex = -1;
        string? predicate = null;
        for (var i = clause.First; i <= clause.Last && predicate is null; i++)
        {
            predicate = PredicateOf(clean, words[i], lang);
            if (predicate is not null) predicateIndex = i;
        }
        var predicateStart = predicateIndex >= 0 ? words[predicateIndex].Start : (clause.Last >= 0 && clause.Last < words.Count ? words[clause.Last].End : clean.Length);
        var clauseStart = clause.First < words.Count ? words[clause.First].Start : 0;
        var clauseEnd = clause.Last >= 0 && clause.Last < words.Count ? words[clause.Last].End : clean.Length;

        // In "X est rayé du G20 où Biden et Xi prévoient de se rencontrer" the verb's subject follows the relative
        // pronoun that opens its clause; the clause's first actor (X) is the subject only when none stands there.
        var relativeStart = RelativeClauseStart(words, clause.First, predicateIndex);
        var subject = (relativeStart >= 0 ? actors.Where(a => a.Start >= relativeStart && a.End <= predicateStart).Select(a => a.Id).FirstOrDefault() : null)
            ?? actors.Where(a => a.Start >= clauseStart && a.End <= predicateStart).Select(a => a.Id).FirstOrDefault()
            ?? (StartsWithFirstPerson(words, clause.First) ? defaultSubject : null)
            ?? defaultSubject
            ?? actors.Where(a => a.End <= predicateStart).Select(a => a.Id).FirstOrDefault();
        // The object stands in the verb's own clause: a relative clause after it ("... du G20 où Biden et Xi ...") has its own actors.
        var objectEnd = predicateIndex >= 0 ? RelativeClauseAfter(words, predicateIndex, clause.Last) ?? clauseEnd : clauseEnd;
        var @object = actors.Where(a => a.Start >= predicateStart && a.End <= objectEnd && a.Id != subject).Select(a => a.Id).FirstOrDefault();

        var polarity = IsNegated(words, clause.First, clause.Last, predicateIndex) ? Polarity.Negated : Polarity.Affirmed;
        var modality = ModalityOf(words, clause.First, clause.Last, predicateIndex);
        return new ClaimFrame(subject, predicate ?? UnknownPredicate, @object, polarity, modality,
            PlaceOf(clean, words, actors), TimesOf(clean, words), QuantitiesOf(clean, words, lang));
    }

    private readonly record struct Word(int Start, int End, string Folded);

    /// <summary>Where a relative clause after the predicate begins (its pronoun's start), or null.</summary>
    private static int? RelativeClauseAfter(List<Word> words, int predicateIndex, int last)
    {
        for (var i = predicateIndex + 1; i <= last && i < words.Count; i++)
            if (IsRelativePronoun(words[i].Folded)) return words[i].Start;
        return null;
    }

    private static bool IsRelativePronoun(string folded) =>
        folded is "ou" or "qui" or "dont" or "lequel" or "laquelle" or "lesquels" or "lesquelles" or "where" or "who" or "which" or "whom";

    /// <summary>Where the relative clause holding the predicate starts (after its pronoun), or -1 when it is in the main clause.</summary>
    private static int RelativeClauseStart(List<Word> words, int first, int predicateIndex)
    {
        for (var i = predicateIndex - 1; i > first && i >= 0; i--)
            if (IsRelativePronoun(words[i].Folded))
                return words[i].End;
        return -1;
    }

    private readonly record struct Actor(int Start, int End, string Id);

    private static string StripQuoteMarks(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is '«' or '»' or '“' or '”' or '"' or '„' ? ' ' : source[i];
        });

    /// <summary>The words of <paramref name="text"/>, each with its folded form cut from the text folded once.</summary>
    private static List<Word> Words(string text, string folded)
    {
        var words = new List<Word>(text.Length / 5 + 4);
        var position = 0;
        while (SpeakerRegistry.NextWord(text, position, out var start, out var end))
        {
            words.Add(new Word(start, end, folded.Substring(start, end - start)));
            position = end;
        }
        return words;
    }

    /// <summary>
    /// The clause holding the claim: a sentence "A, mais B" or "A but B" asserts A first; the parser reads
    /// the first clause that has an action word so a concession does not overwrite the main claim.
    /// </summary>
    private static (int First, int Last) MainClause(string text, List<Word> words, string language)
    {
        if (words.Count == 0) return (0, -1);
        var boundaries = new List<int> { 0 };
        for (var i = 1; i < words.Count; i++)
        {
            var w = words[i].Folded;
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            var contrast = w is "mais" or "but" or "tandis" or "whereas" or "while" or "cependant" or "however" or "toutefois" or "although" or "bien";
            if (gap.Contains(';') || (contrast && (gap.Contains(',') || w is "mais" or "but")))
                boundaries.Add(i);
        }
        boundaries.Add(words.Count);
        for (var b = 0; b < boundaries.Count - 1; b++)
        {
            var (first, last) = (boundaries[b], boundaries[b + 1] - 1);
            for (var i = first; i <= last; i++)
                if (PredicateOf(text, words[i], language) is not null) return (first, last);
        }
        return (0, words.Count - 1);
    }

    private static string? PredicateOf(string text, Word word, string language)
    {
        var w = word.Folded;
        if (ClaimLexicon.LanguageSpecific.TryGetValue(w, out var specific))
            return specific.Language == language ? specific.Predicate : null;
        if (ClaimLexicon.NotPredicates.Contains(w)) return null;
        // Multi-word stems ("rendu visite", "chiffre d'affaires") are tried where their first word stands.
        if (ClaimLexicon.PhraseStemsByFirstWord.TryGetValue(w, out var phrases))
            foreach (var (phrase, predicate, stemLanguage) in phrases)
                if ((stemLanguage is null || stemLanguage == language) && StartsWithPhrase(text, word.Start, phrase)) return predicate;
        // The longest stem that begins the word wins; short stems (≤ 4 letters) only with an inflection ending.
        for (var length = Math.Min(w.Length, ClaimLexicon.MaxStemLength); length >= ClaimLexicon.MinStemLength; length--)
        {
            if (!WordStemLookup.TryGetValue(w.AsSpan(0, length), out var candidates)) continue;
            foreach (var (predicate, stemLanguage) in candidates)
            {
                if (stemLanguage is not null && stemLanguage != language) continue;
                if (length > 4) return predicate;
                var ending = w.AsSpan(length);
                if (ending is "" or "s" or "es" or "ed" or "d" or "ing" or "e" or "er" or "era" or "ent" or "ons") return predicate;
            }
        }
        return null;
    }

    private static readonly Dictionary<string, (string Predicate, string? Language)[]>.AlternateLookup<ReadOnlySpan<char>> WordStemLookup =
        ClaimLexicon.WordStems.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool StartsWithPhrase(string text, int start, string phrase)
    {
        var p = 0;
        for (var i = start; i < text.Length && p < phrase.Length; i++, p++)
        {
            var c = TextFold.Fold(text[i]);
            var expected = phrase[p];
            if (c == expected) continue;
            if (expected is ' ' or '-' && (char.IsWhiteSpace(c) || c == '-')) continue;
            return false;
        }
        return p == phrase.Length;
    }

    private static bool StartsWithFirstPerson(List<Word> words, int first) =>
        first < words.Count && ClaimLexicon.FirstPerson.Contains(words[first].Folded);

    private static List<Actor> FindActors(string text, string folded, List<Word> words, SpeakerRegistry registry)
    {
        var mentions = registry.FindMentions(text);
        var actors = new List<Actor>(mentions.Count + 4);
        // Institutions act in claims as the state they speak for ("le Kremlin" is russia), through the lexicon below.
        foreach (var m in mentions)
            if (!registry.Get(m.PersonId).IsOrganization) actors.Add(new Actor(m.Start, m.End, m.PersonId));
        // Countries and institutions start where a word starts: only the surfaces whose first word it is are tried.
        var mentioned = actors.Count;
        foreach (var word in words)
        {
            if (!ClaimLexicon.ActorsByFirstWord.TryGetValue(word.Folded, out var surfaces)) continue;
            foreach (var (surface, id) in surfaces)
            {
                var end = word.Start + surface.Length;
                if (end > folded.Length || !folded.AsSpan(word.Start).StartsWith(surface, StringComparison.Ordinal)) continue;
                if (end < folded.Length && char.IsLetterOrDigit(folded[end])) continue;
                if (Overlaps(actors, word.Start, end)) continue;
                actors.Add(new Actor(word.Start, end, id));
                break;
            }
        }
        if (actors.Count > mentioned) actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        return actors;
    }

    private static bool Overlaps(List<Actor> actors, int start, int end)
    {
        foreach (var a in actors)
            if (a.Start < end && start < a.End) return true;
        return false;
    }

    private static bool IsNegated(List<Word> words, int first, int last, int predicateIndex)
    {
        if (last < first) return false;
        // Negation scopes the verb it stands around: before it in the clause, or just after ("ne participera pas").
        var scopeEnd = predicateIndex < 0 ? last : Math.Min(last, predicateIndex + 3);
        for (var i = first; i <= scopeEnd; i++)
        {
            var w = words[i].Folded;
            if (ClaimLexicon.ImplicitNegators.Contains(w)) return true;
            if (ClaimLexicon.Negators.Contains(w))
            {
                // "pas seulement" / "not only" add rather than deny.
                var next = i + 1 < words.Count ? words[i + 1].Folded : "";
                if (next is "seulement" or "only" or "uniquement") continue;
                if (w is "no" or "sans" or "without" && i > predicateIndex && predicateIndex >= 0) continue;
                return true;
            }
            if (w == "t" && i > 0 && words[i - 1].Folded.EndsWith('n')) return true;
            if (w is "ne" or "n")
                for (var j = i + 1; j <= Math.Min(last, i + 5); j++)
                    if (words[j].Folded is "pas" or "jamais" or "plus" or "aucun" or "aucune" or "rien" or "personne" or "guere" or "point") return true;
        }
        return false;
    }

    private static Modality ModalityOf(List<Word> words, int first, int last, int predicateIndex)
    {
        var scopeEnd = predicateIndex < 0 ? last : predicateIndex;
        Modality? found = null;
        for (var i = first; i <= scopeEnd && i < words.Count; i++)
            if (ClaimLexicon.ModalWords.TryGetValue(words[i].Folded, out var modality))
            {
                // The stance nearest the verb governs it ("si ... il veut parler" is a wish inside a condition).
                if (found is Modality.Conditional || found is null || modality != Modality.Conditional) found = modality;
            }
        if (found is not null) return found.Value;
        for (var i = Math.Max(first, scopeEnd + 1); i <= last && i < words.Count; i++)
            if (words[i].Folded is "si" or "if" or "unless") return Modality.Conditional;
        // French conditional verb endings ("participerait"), not nouns ending alike ("retrait", "portrait").
        if (predicateIndex >= 0 && words[predicateIndex].Folded is var verb && (verb.EndsWith("rait", StringComparison.Ordinal) || verb.EndsWith("raient", StringComparison.Ordinal))
            && !verb.EndsWith("trait", StringComparison.Ordinal) && !verb.EndsWith("traient", StringComparison.Ordinal)) return Modality.Conditional;
        return Modality.Asserted;
    }

    [GeneratedRegex(@"\b(?:G ?\d{1,2}|COP ?\d{1,2}|BRICS|ASEAN|APEC|OCS|SCO|Davos|J\.?O\.?|Jeux olympiques(?: d'hiver| d’hiver| d'été| d’été)?|(?:Winter |Summer )?Olympics|sommet de l['’]OTAN|NATO summit|sommet de l['’]Organisation de coopération de Shanghai)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventPattern();

    /// <summary>
    /// Whether a word can begin an event name: the pattern is costly and most sentences name no event, so it runs
    /// only when one of its words is there ("G20" and "G 20", "COP27", "J.O.", "Jeux", "sommet", ...).
    /// </summary>
    private static bool MayNameEvent(List<Word> words)
    {
        foreach (var word in words)
        {
            var w = word.Folded.AsSpan();
            if (EventWords.Contains(w)) return true;
            if (w.Length <= 3 && w[0] == 'g' && (w.Length == 1 || char.IsAsciiDigit(w[1]))) return true;
            if (w.StartsWith("cop") && (w.Length == 3 || char.IsAsciiDigit(w[3]))) return true;
        }
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EventWords = new HashSet<string>(
        ["brics", "asean", "apec", "ocs", "sco", "davos", "j", "jo", "jeux", "olympics", "sommet", "summit"], StringComparer.Ordinal)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    [GeneratedRegex(@"\b(?:à|a|en|in|at|au|near|près de)\s+(?<place>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)")]
    private static partial Regex PlacePattern();

    private static string? PlaceOf(string text, List<Word> words, List<Actor> actors)
    {
        var events = MayNameEvent(words) ? EventPattern().Matches(text) : null;
        foreach (Match e in events ?? (IEnumerable<Match>)[])
        {
            var value = e.Value;
            if (value.Equals("JO", StringComparison.Ordinal) || value.StartsWith('G') || value.StartsWith('C') || char.IsUpper(value[0]) || value.Contains(' '))
                return value.Replace(" ", value.StartsWith("G", StringComparison.OrdinalIgnoreCase) && value.Length <= 4 ? "" : " ");
        }
        foreach (Match m in PlacePattern().Matches(text))
        {
            var group = m.Groups["place"];
            var folded = TextFold.Key(group.Value);
            if (Months.Contains(folded) || Weekdays.Contains(folded)) continue;
            if (actors.Any(a => a.Start <= group.Index && group.Index < a.End && a.Id.Contains('-') && !a.Id.Contains("united") && !a.Id.Contains("european"))) continue;
            return group.Value.TrimEnd('\'', '’');
        }
        return null;
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    };

    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:le |on )?\d{1,2}(?:er)? (?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|January|February|March|April|May|June|July|August|September|October|November|December)(?: \d{4})?|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(?:, \d{4})?|(?:en |in |au mois de |début |fin |mi-|early |late |mid-)?(?:janvier|février|fevrier|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|January|February|March|April|June|July|August|September|October|November|December)(?: \d{4})?|(?:en|in) (?:mars|mai|March|May)(?: \d{4})?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:la |l['’])?(?:semaine|mois|année|annee) (?:prochaine?|dernière?|derniere?|passée?|passee?)|(?:le |l['’])?(?:mois|an) (?:prochain|dernier|passé)|(?:next|last|this) (?:week|month|year)|hier|aujourd['’]hui|demain|ce matin|ce soir|cette semaine|cette année|yesterday|today|tomorrow|tonight|this morning|(?:19|20)\d{2})(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    private static partial Regex TimePattern();

    // Cheap gates: most sentences hold no date and no figure, and the patterns are costly to run for nothing.
    // Every time expression the pattern finds holds one of these words; "may", "an", "mois" and the like only
    // count beside the words that make them a date ("in May", "May 5", "l'an dernier").
    private static bool MayHoldTime(List<Word> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Folded;
            if (TimeWords.Contains(w)) return true;
            if (w.Length == 4 && (w.StartsWith("19", StringComparison.Ordinal) || w.StartsWith("20", StringComparison.Ordinal)) && char.IsAsciiDigit(w[2]) && char.IsAsciiDigit(w[3]))
                return true;
            var previous = i > 0 ? words[i - 1].Folded : "";
            var next = i + 1 < words.Count ? words[i + 1].Folded : "";
            switch (w)
            {
                case "may" when previous is "in" or "en" || StartsWithDigit(previous) || StartsWithDigit(next):
                case "an" or "mois" or "semaine" or "annee" when next is "prochain" or "prochaine" or "dernier" or "derniere" or "passe" or "passee" || previous is "cette":
                case "week" or "month" or "year" when previous is "next" or "last" or "this":
                case "matin" or "soir" when previous is "ce":
                case "morning" when previous is "this":
                    return true;
            }
        }
        return false;
    }

    private static bool StartsWithDigit(string word) => word.Length > 0 && char.IsAsciiDigit(word[0]);

    private static readonly HashSet<string> TimeWords = new(StringComparer.Ordinal)
    {
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "hier", "demain", "aujourd", "yesterday", "today", "tomorrow", "tonight",
    };

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static IReadOnlyList<string> TimesOf(string text, List<Word> words)
    {
        var times = new List<string>();
        if (!MayHoldTime(words)) return times;
        foreach (Match m in TimePattern().Matches(text))
        {
            // A year inside a figure ("2022 missiles" is rare; "2 000" is a number) is kept only when it stands alone.
            var value = m.Value.Trim().ToLowerInvariant().Replace('’', '\'');
            if (char.IsDigit(value[0]) && value.Length == 4 && IsInsideNumber(text, m.Index, m.Length)) continue;
            if (!times.Contains(value)) times.Add(value);
        }
        return times;
    }

    private static bool IsInsideNumber(string text, int index, int length) =>
        (index >= 2 && char.IsDigit(text[index - 2]) && text[index - 1] is ' ' or '\u00A0' or '\u202F' or ',' or '.')
        || (index + length + 1 < text.Length && text[index + length] is ' ' or '\u00A0' or '\u202F' && char.IsDigit(text[index + length + 1]) && !(index + length + 4 < text.Length && char.IsDigit(text[index + length + 4])));

    [GeneratedRegex(@"(?<cur>[$€£])?\s?(?<num>\d{1,3}(?:[  \u202F]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*)(?![\p{L}\d])\s*(?<scale>milliards?|billions?|millions?|mille|thousand|trillions?|bn|mds?)?\s*(?<unit>%|pour ?cent|percent|per cent|(?:de |d['’])?dollars?|(?:d['’])?euros?|(?:de )?livres? sterling|USD|EUR|€|\$|(?:de |d['’])?(?<noun>[\p{L}\-]{3,}))?", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityPattern();

    private static readonly HashSet<string> NotCountedNouns = new(StringComparer.Ordinal)
    {
        "et", "and", "ou", "or", "dont", "des", "les", "the", "pour", "for", "par", "per", "ans", "fois", "times", "heures", "hours", "jours", "days", "qui", "que",
        "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "ont", "sont", "ete", "were", "have", "has", "with", "avec", "sur", "on", "in", "dans",
    };

    private static IReadOnlyList<Quantity> QuantitiesOf(string text, List<Word> words, string language)
    {
        var quantities = new List<Quantity>();
        if (text.AsSpan().IndexOfAny(Digits) < 0) return quantities;
        var aboutTrade = words.Any(w => ClaimLexicon.TradeWords.Contains(w.Folded));
        foreach (Match m in QuantityPattern().Matches(text))
        {
            var numberGroup = m.Groups["num"];
            if (numberGroup.Index > 0 && char.IsLetter(text[numberGroup.Index - 1])) continue;
            if (!TextNumbers.TryParse(numberGroup.Value, language == "fr", out var value)) continue;
            var scale = TextFold.Fold(m.Groups["scale"].Value);
            var unitText = TextFold.Key(m.Groups["unit"].Value);
            var currency = m.Groups["cur"].Value;
            if (scale.Length == 0 && unitText.Length == 0 && currency.Length == 0 && value is >= 1900 and <= 2100) continue;
            value *= scale switch
            {
                "mille" or "thousand" => 1e3,
                "million" or "millions" => 1e6,
                "milliard" or "milliards" or "md" or "mds" or "bn" => 1e9,
                "billion" or "billions" => language == "fr" ? 1e12 : 1e9,
                "trillion" or "trillions" => 1e12,
                _ => 1,
            };
            string unit;
            string? counts = null;
            var surfaceEnd = m.Index + m.Length;
            if (currency == "$" || unitText.Contains("dollar") || unitText is "usd" or "$") unit = "USD";
            else if (currency == "€" || unitText.Contains("euro") || unitText is "eur" or "€") unit = "EUR";
            else if (currency == "£" || unitText.Contains("livre")) unit = "GBP";
            else if (unitText is "%" or "pour cent" or "pourcent" or "percent" or "per cent") unit = "%";
            else if (m.Groups["noun"].Success && !NotCountedNouns.Contains(TextFold.Fold(m.Groups["noun"].Value)))
            {
                unit = Singular(TextFold.Fold(m.Groups["noun"].Value));
            }
            else
            {
                unit = "count";
                surfaceEnd = m.Groups["scale"].Success && m.Groups["scale"].Length > 0 ? m.Groups["scale"].Index + m.Groups["scale"].Length : numberGroup.Index + numberGroup.Length;
            }
            if (unit is "USD" or "EUR" or "GBP" && aboutTrade) counts = "trade";
            var surfaceStart = currency.Length > 0 ? m.Groups["cur"].Index : numberGroup.Index;
            var surface = text[surfaceStart..surfaceEnd].Trim();
            quantities.Add(new Quantity(value, unit, counts, surface));
        }
        return quantities;
    }

    private static string Singular(string noun)
    {
        if (noun.EndsWith("aux", StringComparison.Ordinal) && noun.Length > 4) return noun[..^3] + "al";
        if (noun.EndsWith("ies", StringComparison.Ordinal) && noun.Length > 4) return noun[..^3] + "y";
        if (noun.EndsWith('s') && noun.Length > 3 && !noun.EndsWith("ss", StringComparison.Ordinal)) return noun[..^1];
        return noun;
    }
}
