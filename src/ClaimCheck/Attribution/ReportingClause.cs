namespace ClaimCheck.Attribution;

/// <summary>
/// Reads the reporting clause of a quote whose content is already known (found by the quotation rules): the
/// speech cue of its sentence and that cue's subject, from the language layer's tokens, sentences, tags and the
/// cue lexicon. The subject is where French and English put it: before the verb group ("Christine Chanet a
/// demandé", "Jacques Julliard, en réponse à ..., argüe", "Le président de la Roumanie, Traian Băsescu, a dit"),
/// inverted after the cue in an incise ("« ... », a-t-il ajouté", "said the spokeswoman"), or after "selon" /
/// "d'après" / "according to". What the subject refers to is the <see cref="SpeakerResolver"/>'s job.
/// </summary>
public static class ReportingClause
{
    private const int MaxSubjectTokens = 12;
    private const int MaxInciseTokens = 30;

    /// <summary>Words of the verb group that stand between a subject and its speech verb: auxiliaries, negation, clitics.</summary>
    private static readonly HashSet<string> VerbGroup = new(StringComparer.Ordinal)
    {
        "a", "ai", "as", "avons", "avez", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront", "eut", "eu",
        "est", "sont", "etait", "etaient", "sera", "serait", "fut", "s'", "se", "ne", "n'", "pas", "lui", "leur", "l'", "y", "en",
        "m'", "me", "t'", "te", "nous", "vous", "va", "vont", "allait", "vient", "venait", "de", "d'", "doit", "devait", "a-t-il",
        "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "did", "does", "do", "not", "n't", "also",
        "then", "later", "again", "further", "previously", "already", "repeatedly", "publicly",
        // Semi-auxiliaries before an infinitive cue: "The Guardian semble penser", "le ministre veut rappeler".
        "semble", "semblent", "semblait", "semblaient", "parait", "paraissait", "veut", "veulent", "voulait", "voulaient",
        "peut", "peuvent", "pouvait", "pouvaient", "pourrait", "pourraient", "devrait", "devraient", "tient", "tenait",
        "seems", "seemed", "appears", "appeared", "wants", "wanted",
    };

    /// <summary>Words that end a subject noun phrase on its left: a subordinate or coordinated clause starts there.</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "que", "qu'", "et", "mais", "ou", "car", "donc", "puis", "lorsque", "quand", "si", "alors", "tandis", "parce", "comme", "dont", "ou",
        "that", "and", "but", "or", "when", "while", "because", "as", "if", "after", "before", "since", "which",
    };

    /// <summary>Prepositions that join a complement to a noun inside one noun phrase ("le président de la Roumanie", "the spokeswoman for the campaign").</summary>
    private static readonly HashSet<string> NounComplement = new(StringComparer.Ordinal) { "de", "d'", "of", "for" };

    /// <summary>Prepositions that open an adverbial, not a subject, where no tagger says so (English).</summary>
    private static readonly HashSet<string> OtherPrepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "during", "after", "before", "with", "by", "from", "since", "under", "over", "about", "into", "through", "without", "against", "to",
        "dans", "sur", "lors", "pendant", "avec", "par", "depuis", "pour", "en", "a", "apres", "avant", "devant", "chez", "sans", "contre",
    };

    /// <summary>A relative pronoun as subject stands for the noun phrase before it ("Patrick Ollier, qui y voyait ...").</summary>
    private static readonly HashSet<string> Relatives = new(StringComparer.Ordinal) { "qui", "who", "lequel", "laquelle" };

    /// <summary>Prepositions that end an inverted subject ("a déclaré le ministre à la presse").</summary>
    private static readonly HashSet<string> EndsInvertedSubject = new(StringComparer.Ordinal)
    {
        "a", "à", "au", "aux", "lors", "devant", "pendant", "dans", "sur", "en", "apres", "avant", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
        "samedi", "dimanche", "hier", "aujourd'hui", "mais", "et", "que", "qu'", "to", "in", "on", "at", "during", "after", "before", "when", "while",
        "and", "but", "that", "on", "yesterday", "today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "in", "told",
    };

    /// <summary>The tokens covering the characters <paramref name="start"/>..<paramref name="end"/> of the text.</summary>
    public static (int First, int Last) Tokens(AttributionInput x, int start, int end)
    {
        int low = 0, high = x.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (x.Tokens[mid].End <= start) low = mid + 1; else high = mid;
        }
        var first = Math.Min(low, Math.Max(0, x.Count - 1));
        var last = first;
        while (last + 1 < x.Count && x.Tokens[last + 1].Start < end) last++;
        return (first, last);
    }

    /// <summary>Attribution markers whose source is the noun phrase right after them: "selon X", "d'après X", "according to X".</summary>
    internal static bool IsSourceMarker(AttributionInput x, int i) =>
        x.Folded[i] is "selon" || x.Folded[i] == "apres" && i > 0 && x.Folded[i - 1] == "d'"
        || x.Folded[i] == "to" && i > 0 && x.Folded[i - 1] == "according";

    /// <summary>The cue and source of the content <paramref name="first"/>..<paramref name="last"/> (token indices), either possibly null.</summary>
    public static ((int First, int Last)? Cue, (int First, int Last)? Source) Read(AttributionInput x, int first, int last)
    {
        if (InnerIncise(x, first, last) is { } incise) return incise;
        if (Signature(x, last) is { } signed) return (null, signed);
        var cue = NearestCue(x, first, last);
        if (cue is not { } c) return (null, null);
        if (IsSourceMarker(x, c)) return ((c, c), After(x, c, first, last));
        return ((c, c), Subject(x, c, first, last));
    }

    /// <summary>
    /// An attribution set off by commas inside the quotation marks, as French typography writes it: "« Nous savons,
    /// a déclaré Shashi Tharoor, que ... »", "« Non, ajoute-t-elle, ce n'est pas fini »".
    /// The segment opens with a comma, then at most an auxiliary, then a speech verb, then its inverted subject (a name,
    /// a noun phrase, or the clitic pronoun of "ajoute-t-elle"), and closes with a comma, a full stop or the
    /// closing mark; it is short (at most <see cref="MaxSubjectTokens"/> words after the verb). "« Je pense, comme l'a
    /// dit le président, que ... »" is no incise: no comma right before the verb group.
    /// </summary>
    private static ((int First, int Last)? Cue, (int First, int Last)? Source)? InnerIncise(AttributionInput x, int first, int last) =>
        FindIncise(x, first, last, dialogue: false) is { } incise ? ((incise.Cue, incise.Cue), incise.Source) : null;

    /// <summary>An incise inside a quotation or a dialogue turn: from its opening punctuation to its last word, with its cue and source.</summary>
    public sealed record Incise(int Open, int Close, int Cue, (int First, int Last) Source);

    /// <summary>
    /// The first incise between <paramref name="first"/> and <paramref name="last"/> (see <see cref="InnerIncise"/>). In a
    /// dialogue turn (<paramref name="dialogue"/>), it may also open after "!", "?" or "…" ("— Viens ! dit-elle.") and the
    /// words need not be inside quotation marks.
    /// </summary>
    public static Incise? FindIncise(AttributionInput x, int first, int last, bool dialogue)
    {
        for (var c = first + 1; c <= last; c++)
        {
            if (!dialogue && (c == last || !x.InQuote[c])) continue;
            // In a dialogue, a verb inverted with its clitic after the speech is an incise whatever the verb ("reprit-il",
            // "fit-elle", "murmura-t-il"): the inversion marks it, where the news-built cue lexicon lacks the novel's verbs.
            // So is a verb in the simple past with its subject after it ("reprit le professeur", "s'écria madame
            // d'Hauteserre"): a tense of narration, not of the speech around it.
            var invertedVerb = dialogue && x.Tags?[c] == "VERB" && c + 1 <= last && (IsHyphenPronoun(x, c + 1) || FrenchVerbForms.IsSimplePast(x.Folded[c], x.Lemmas?[c]));
            if (!(x.IsCue[c] || invertedVerb) || x.Shape[c] != "x" || x.Tags?[c] is "NOUN" or "ADJ" or "DET" or "ADP" || x.Lemmas?[c] is "être" or "avoir") continue;
            if (x.Language == "en" && Judging.ClaimTerms.IsEnglishStopWord(x.Folded[c])) continue;
            var open = c - 1;
            while (open > first && c - open <= 3 && !Opens(x, open, dialogue) && (VerbGroup.Contains(x.Folded[open]) || x.Tags?[open] == "AUX" || IsHyphenPronoun(x, open))) open--;
            if (!Opens(x, open, dialogue) || x.Sentence[open] != x.Sentence[c] && !dialogue) continue;
            // "ajoute-t-elle" / "a -t-il précisé": the clitic is the subject, and the incise ends right after it.
            var clitic = c + 1 <= last && IsHyphenPronoun(x, c + 1) ? c + 1 : HyphenPronoun(x, open + 1, c);
            if (clitic is { } p)
            {
                var after = Math.Max(p, c) + 1;
                if (after > last && dialogue) return new Incise(open, after - 1, c, (p, p));
                if (after <= last && (x.Folded[after] is "," or "." || IsCloseMark(x, after))) return new Incise(open, after, c, (p, p));
                // "dit-il en l'embrassant, ...": in a dialogue the incise runs on to its punctuation.
                if (dialogue)
                {
                    var stop = after;
                    while (stop <= last && stop - after < MaxInciseTokens && x.Folded[stop] is not ("," or "." or ";" or "!" or "?")) stop++;
                    if (stop - after < MaxInciseTokens) return new Incise(open, Math.Min(stop, last), c, (p, p));
                }
                continue;
            }
            var start = c + 1;
            // "dit enfin le premier ministre": an adverb between the verb and its subject.
            while (start < last && x.Tags?[start] == "ADV" && start - c <= 2) start++;
            var end = start;
            while (end <= last && end - start < MaxSubjectTokens && x.Folded[end] is not ("," or "." or ";" or ":") && !IsCloseMark(x, end)) end++;
            if (end > last && !dialogue || end == start || end <= last && x.Folded[end] is ":" || end <= last && x.Folded[end] == ";" && !dialogue) continue;
            if (start > last || x.Shape[start] is not ("Xx" or "X") && Grammar.HonorificGender(x.Folded[start]) == '\0' && x.Tags?[start] is not "DET") continue;
            if (!HasContentWord(x, start, end - 1)) continue;
            return new Incise(open, Math.Min(end, last), c, (start, end - 1));
        }
        return null;
    }

    private static bool Opens(AttributionInput x, int i, bool dialogue) =>
        x.Folded[i] == "," || dialogue && x.Folded[i] is "!" or "?" or "..." or "…";

    /// <summary>
    /// A quotation signed with a dash, as pull quotes and vox pops are: "“The most unqualified child to ever run.” ― Francisco
    /// Herrero", "« Il faut agir. » — Marie Dupont, infirmière". After the closing mark comes an em dash, horizontal bar or en
    /// dash, then a name of at most six capitalized words, then the paragraph's end (a full stop, or a comma and a short
    /// description, may come before it). A pronoun after the dash ("— Il sourit.") is narration, not a signature.
    /// </summary>
    internal static (int First, int Last)? Signature(AttributionInput x, int last)
    {
        var i = last + 1;
        while (i < x.Count && i - last <= 3 && !x.ParagraphStart[i] && (x.Quote[i] != 0 || x.Folded[i] is "." or "," or "!" or "?")) i++;
        if (i + 1 >= x.Count || x.ParagraphStart[i] || x.TokenText(i) is not ("—" or "―" or "–")) return null;
        var start = i + 1;
        if (x.ParagraphStart[start] || x.Shape[start] is not ("Xx" or "X") || Grammar.PronounGender(x.Folded[start]) != '\0') return null;
        var end = start;
        while (end + 1 < x.Count && !x.ParagraphStart[end + 1] && end - start < 5 && x.Shape[end + 1] is "Xx" or "X") end++;
        var k = end + 1;
        if (k < x.Count && !x.ParagraphStart[k] && x.Folded[k] == ".") k++;
        else if (k < x.Count && !x.ParagraphStart[k] && x.Folded[k] == ",")
            while (k < x.Count && !x.ParagraphStart[k] && k - end <= MaxSubjectTokens && x.Quote[k] == 0) k++;
        return k >= x.Count || x.ParagraphStart[k] ? (start, end) : null;
    }

    /// <summary>The inverted clitic between <paramref name="from"/> and <paramref name="to"/> (exclusive), as in "a -t-il ajouté".</summary>
    private static int? HyphenPronoun(AttributionInput x, int from, int to)
    {
        for (var k = from; k < to; k++) if (IsHyphenPronoun(x, k)) return k;
        return null;
    }

    private static bool IsHyphenPronoun(AttributionInput x, int k) => x.TokenText(k).StartsWith('-') && Grammar.PronounGender(x.Folded[k]) is 'm' or 'f';

    private static bool IsCloseMark(AttributionInput x, int i) => x.Folded[i] is "»" or "”" or "\"" or "“";

    /// <summary>
    /// The cue's subject: before its verb group, or inverted after it; a verb with no subject of its own
    /// (<see cref="MainSubject"/>) has no inverted one either, and takes the main clause's.
    /// </summary>
    private static (int First, int Last)? Subject(AttributionInput x, int cue, int first, int last)
    {
        if (IsCoordinatedVerb(x, cue)) return PreviousVerbSubject(x, cue);
        if (HasNoSubjectOfItsOwn(x, cue)) return (cue > last ? Before(x, cue, last + 1) : Before(x, cue, 0)) ?? MainSubject(x, cue);
        // After the content, a subject between the quotation and the cue comes first (", Trump said this month"), else the inverted one.
        return cue > last ? Before(x, cue, last + 1) ?? After(x, cue, first, last) : Before(x, cue, 0) ?? After(x, cue, first, last);
    }

    /// <summary>
    /// A finite verb joined by "et" / "mais" / "puis" / "and" / "but" to a verb before it, whose subject it shares:
    /// "Kofi Annan appelle au calme et espère que ...", "Le ministre est arrivé et a déclaré ...". The coordinator
    /// stands right before the verb group; what comes before the coordinator is the first verb's clause, not a subject.
    /// </summary>
    private static bool IsCoordinatedVerb(AttributionInput x, int cue)
    {
        var i = cue - 1;
        while (i >= 0 && x.Sentence[i] == x.Sentence[cue] && cue - i <= 4 && !Quoted(x, i) && IsVerbGroupWord(x, i)) i--;
        return i > 0 && x.Sentence[i] == x.Sentence[cue] && !Quoted(x, i) && x.Folded[i] is "et" or "mais" or "puis" or "and" or "but"
               && !(i + 1 < cue && Grammar.PronounGender(x.Folded[i + 1]) != '\0');
    }

    /// <summary>The subject of the nearest verb before <paramref name="cue"/> in its sentence that has one (outside quotation).</summary>
    private static (int First, int Last)? PreviousVerbSubject(AttributionInput x, int cue)
    {
        var sentence = x.Sentence[cue];
        for (var v = cue - 2; v >= 0 && x.Sentence[v] == sentence && cue - v <= MaxInciseTokens * 2; v--)
        {
            if (Quoted(x, v) || IsParticiple(x, v) || !(IsSpeechVerb(x, v) || IsFinite(x, v) || x.Tags is null && VerbGroup.Contains(x.Folded[v]))) continue;
            if (x.Tags?[v] == "VERB" && ReportedSpeech.IsBareParticiple(x, v)) continue;
            if (v > 0 && (x.Tags?[v - 1] is "ADP" || x.Folded[v - 1] == "to")) continue;
            if (Before(x, v, 0) is { } subject) return IsJoint(x, subject) ? null : subject;
        }
        return null;
    }

    /// <summary>
    /// A participle or gerund ("estimant", "en l'accusant"), an infinitive ("estimant croire"), or a past participle
    /// coordinated with the verb before it, which shares its auxiliary ("a fustigé ..., et demandé").
    /// </summary>
    private static bool HasNoSubjectOfItsOwn(AttributionInput x, int cue) =>
        IsParticiple(x, cue) || ReportedSpeech.IsInfinitive(x, cue) || cue > 0 && IsCoordinator(x.Folded[cue - 1]) && ReportedSpeech.IsBareParticiple(x, cue);

    /// <summary>
    /// The subject of a verb that has none of its own (<see cref="HasNoSubjectOfItsOwn"/>): the subject of the
    /// sentence's first finite verb (within 120 tokens before it), outside quotation, wherever the quote stands.
    /// </summary>
    private static (int First, int Last)? MainSubject(AttributionInput x, int cue)
    {
        var sentence = x.Sentence[cue];
        // Bounded like every clause reader here, so a sentence without end costs linear work.
        for (var v = Math.Max(x.SentenceTokens[sentence].First, cue - MaxInciseTokens * 4); v < cue; v++)
        {
            if (Quoted(x, v) || !IsFinite(x, v)) continue;
            return Before(x, v, 0) is { } subject && !IsJoint(x, subject) ? subject : null;
        }
        return null;
    }

    /// <summary>A verb that can have a subject: tagged VERB or AUX, not a participle, not an infinitive after a preposition, not a past participle without auxiliary.</summary>
    private static bool IsFinite(AttributionInput x, int v) =>
        x.Tags?[v] is "VERB" or "AUX" && !IsParticiple(x, v) && !(v > 0 && x.Tags[v - 1] == "ADP")
        && !(x.Tags[v] == "VERB" && ReportedSpeech.IsBareParticiple(x, v));

    /// <summary>The subject before the verb group of the verb at <paramref name="cue"/>, or null.</summary>
    internal static (int First, int Last)? SubjectBefore(AttributionInput x, int cue) => Before(x, cue, 0);

    /// <summary>The source of a content whose cue is already known (<paramref name="cue"/>, a token index), or null.</summary>
    public static (int First, int Last)? SourceOf(AttributionInput x, int cue, int first, int last)
    {
        if (IsSourceMarker(x, cue)) return After(x, cue, first, last);
        // "le Kremlin se fonde pour réclamer ...", "a décidé d'annoncer ...": an infinitive after a preposition has
        // the subject of the nearest conjugated verb before it.
        if (cue > 0 && x.Tags?[cue] == "VERB" && x.Tags[cue - 1] == "ADP" && x.Folded[cue - 1] is "pour" or "de" or "d'" or "afin" or "a")
            for (var v = cue - 2; v >= 0 && x.Sentence[v] == x.Sentence[cue] && cue - v <= MaxInciseTokens * 2; v--)
            {
                if (Quoted(x, v) || x.Tags[v] is not ("VERB" or "AUX") || x.Tags[v - 1 < 0 ? 0 : v - 1] == "ADP") continue;
                if (Before(x, v, 0) is { } subject) return subject;
                break;
            }
        return Subject(x, cue, first, last);
    }

    /// <summary>
    /// The cue word of the content's sentences nearest to it, outside every quotation and outside the content:
    /// a speech verb of the lexicon (in French a word the tagger reads as a verb) or a source marker.
    /// </summary>
    private static int? NearestCue(AttributionInput x, int first, int last)
    {
        var (from, _) = x.SentenceTokens[x.Sentence[first]];
        var (_, to) = x.SentenceTokens[x.Sentence[last]];
        int? best = null;
        var bestDistance = int.MaxValue;
        for (var i = from; i <= to; i++)
        {
            if (i >= first && i <= last) { i = last; continue; }
            if (Quoted(x, i) || !(IsSpeechVerb(x, i) || IsSourceMarker(x, i))) continue;
            var distance = i < first ? first - i : i - last;
            // A quotation of its own between the cue and the content belongs to that cue.
            if (QuoteBetween(x, Math.Min(i, last), Math.Max(i, first))) distance += MaxInciseTokens;
            if (distance < bestDistance) { bestDistance = distance; best = i; }
        }
        return best;
    }

    /// <summary>Inside a quotation that closes: a mark left open runs to the paragraph's end in the language layer, which says nothing about the words after it.</summary>
    internal static bool Quoted(AttributionInput x, int i) =>
        x.InQuote[i] && x.Quote[x.Regions[x.QuoteRegion[i]].Last] != 0;

    /// <summary>
    /// A cue word used as a verb: so tagged, or (the tagger errs on rare forms such as "argüe") standing after an
    /// auxiliary or before "que" / a colon, where a noun cannot.
    /// </summary>
    internal static bool IsSpeechVerb(AttributionInput x, int i)
    {
        if (!x.IsCue[i] || x.Shape[i] is not ("x" or "xX")) return false;
        // English has no tagger here: the function words PolNeAR annotates inside cues ("according to", "in a statement") are no verbs.
        if (x.Language == "en" && Judging.ClaimTerms.IsEnglishStopWord(x.Folded[i])) return false;
        // "être" and "avoir" forms the training corpora annotated as cues ("serait", "a") report nothing by themselves.
        if (x.Lemmas?[i] is "être" or "avoir" || x.Tags?[i] == "AUX") return false;
        if (x.Tags?[i] is not { } tag || tag == "VERB") return true;
        if (i > 0 && x.Tags[i - 1] is "DET" or "ADP+DET" or "ADJ" or "NUM") return false;
        if (i > 0 && x.Tags[i - 1] == "AUX") return true;
        for (var k = i + 1; k < Math.Min(x.Count, i + 10) && x.Sentence[k] == x.Sentence[i]; k++)
        {
            if (x.Folded[k] is "que" or "qu'" or ":") return true;
            if (x.Tags[k] is "VERB" or "AUX") return false;
        }
        return false;
    }

    private static bool QuoteBetween(AttributionInput x, int from, int to)
    {
        for (var k = from + 1; k < to; k++) if (Quoted(x, k)) return true;
        return false;
    }

    /// <summary>Outside the sentence, off the text, or inside a closed quotation: where a clause reader stops.</summary>
    internal static bool Stops(AttributionInput x, int i, int sentence) =>
        i < 0 || i >= x.Count || x.Sentence[i] != sentence || Quoted(x, i);

    /// <summary>
    /// The subject before the cue's verb group, from <paramref name="floor"/> on: the noun phrase that ends right
    /// before the auxiliaries, with an apposition set off by commas ("X, le ministre, a dit") and past an incise
    /// that names nobody ("X, en réponse à trois questions, argüe").
    /// </summary>
    private static (int, int)? Before(AttributionInput x, int cue, int floor)
    {
        var sentence = x.Sentence[cue];
        var i = cue - 1;
        var relative = false;
        while (!Stops(x, i, sentence) && i >= floor && IsVerbGroupWord(x, i)) relative |= Relatives.Contains(x.Folded[i--]);
        // "a par exemple annoncé", "a pour sa part déclaré", "a lors de la séance affirmé": a prepositional phrase between the
        // auxiliary and the participle is part of the verb group, not its subject.
        for (var pp = 0; pp < 2 && InnerPrepositionalPhrase(x, i, floor, sentence) is { } before; pp++)
        {
            i = before;
            while (!Stops(x, i, sentence) && i >= floor && IsVerbGroupWord(x, i)) relative |= Relatives.Contains(x.Folded[i--]);
        }
        // "L'Alliance nationale, représentée par Gianfranco Fini (ministre de l'Intérieur) avait annoncé": a parenthesis is no subject.
        if (!Stops(x, i, sentence) && i >= floor && x.Folded[i] == ")")
        {
            var open = i - 1;
            while (open >= floor && !Stops(x, open, sentence) && x.Folded[open] != "(" && i - open < MaxInciseTokens) open--;
            if (open >= floor && !Stops(x, open, sentence) && x.Folded[open] == "(") i = open - 1;
        }
        if (Stops(x, i, sentence) || i < floor) return null;
        var end = i;
        if (x.Folded[i] == "," && IsParticiple(x, cue))
        {
            // "Poutine a souligné ..., notant que ...": a participle's subject is the main clause's, the subject of its first verb.
            // The nearest finite verb before it with a subject of its own; infinitives ("pour réclamer") and quotations
            // inside the clause ("Il a qualifié M. Haider de « ... », l'accusant") are stepped over.
            for (var v = i - 1; v >= 0 && x.Sentence[v] == sentence && v >= floor && i - v <= MaxInciseTokens * 2; v--)
            {
                if (Quoted(x, v) || IsParticiple(x, v) || !(IsSpeechVerb(x, v) || x.Tags?[v] is "VERB" or "AUX")) continue;
                // "la clarification politique née de la scission": a past participle with no auxiliary has no subject.
                if (x.Tags?[v] == "VERB" && ReportedSpeech.IsBareParticiple(x, v)) continue;
                if (v > 0 && (x.Tags?[v - 1] is "ADP" || x.Folded[v - 1] == "to")) continue;
                if (Before(x, v, floor) is { } subject && !IsJoint(x, subject)) return subject;
            }
            return null;
        }
        if (x.Folded[i] == ",")
        {
            var open = i - 1;
            while (!Stops(x, open, sentence) && open >= floor && open > i - MaxInciseTokens && x.Folded[open] != ",") open--;
            if (Stops(x, open, sentence) || open < floor || x.Folded[open] != ",") return null;
            // A clause between the commas is no apposition: the cue's subject is not there.
            if (StartsWithName(x, open + 1))
                for (var k = open + 1; k < i; k++) if (x.Tags?[k] is "VERB" or "AUX") return null;
            // ", Traian Băsescu," names the subject; ", en réponse à ...," is an adverbial incise to step over.
            end = StartsWithName(x, open + 1) ? i - 1 : open - 1;
            i = open - 1;
            if (Stops(x, i, sentence) || i < floor) return StartsWithName(x, open + 1) ? (open + 1, end) : null;
            // Appositions and incises come in series: "Jean-Marie Le Pen, âgé de 76 ans, président du Front national
            // depuis 1972, a démenti". A segment set off by commas that starts with a bare lowercase word (no
            // determiner: a role, a participle, an adverbial) is stepped over too; one with a determiner or a name is
            // the subject itself ("Selon le texte, le ministre, en réponse, a dit").
            // A relative subject ("..., maire de Guayaquil, ville la plus peuplée du pays, qui a déclaré") stands for the
            // nearest noun phrase, so no series is stepped over.
            for (var series = 0; series < 3 && !relative && !StartsWithName(x, open + 1); series++)
            {
                var previous = i;
                while (!Stops(x, previous, sentence) && previous >= floor && i - previous < MaxInciseTokens && x.Folded[previous] != ",") previous--;
                if (Stops(x, previous, sentence) || previous < floor || x.Folded[previous] != "," || !StartsApposition(x, previous + 1)) break;
                if (Stops(x, previous - 1, sentence) || previous - 1 < floor) break;
                open = previous;
                end = i = previous - 1;
            }
        }
        if (Relatives.Contains(x.Folded[i]))
        {
            // "Patrick Ollier qui y voyait", "Patrick Ollier, qui y voyait": the noun phrase before the relative.
            i--;
            if (!Stops(x, i, sentence) && x.Folded[i] == ",") i--;
            if (Stops(x, i, sentence) || i < floor) return null;
            end = i;
        }
        var start = i;
        while (start - 1 >= floor && !Stops(x, start - 1, sentence) && end - (start - 1) < MaxSubjectTokens
               && (InNounPhrase(x, start - 1) || IsCoordinator(x.Folded[start - 1]) && start - 2 >= floor && !Stops(x, start - 2, sentence) && x.Shape[start - 2] is "Xx" or "X")) start--;
        while (start <= end && !InNounPhrase(x, start)) start++;
        if (start > end || !HasContentWord(x, start, end)) return null;
        // "Kamal Kharazi, ministre des affaires étrangères de l'Iran a affirmé": a role noun without determiner cannot be a
        // subject in French; with the closing comma missing, it is the apposition of the name before the opening one.
        if (x.Language == "fr" && !relative && end + 1 < x.Count && x.Folded[end + 1] != "," && StartsApposition(x, start) && x.Tags?[start] is "NOUN"
            && start - 2 >= floor && x.Folded[start - 1] == "," && !Stops(x, start - 2, sentence) && x.Shape[start - 2] is "Xx" or "X")
        {
            var name = start - 2;
            while (name - 1 >= floor && !Stops(x, name - 1, sentence) && start - 2 - name < 5 && x.Shape[name - 1] is "Xx" or "X") name--;
            return (name, start - 2);
        }
        return (start, end);
    }

    /// <summary>
    /// A prepositional phrase ending at <paramref name="i"/> that sits between an auxiliary and its participle ("a par exemple
    /// annoncé"): the index of the word before the preposition, an auxiliary, or null.
    /// </summary>
    private static int? InnerPrepositionalPhrase(AttributionInput x, int i, int floor, int sentence)
    {
        if (Stops(x, i, sentence) || i < floor || !InNounPhrase(x, i)) return null;
        var p = i;
        while (p >= floor && !Stops(x, p, sentence) && i - p < 6 && InNounPhrase(x, p) && x.Shape[p] is not ("Xx" or "X")) p--;
        if (p < floor + 1 || Stops(x, p, sentence) || Stops(x, p - 1, sentence) || p == i) return null;
        var preposition = x.Tags is { } tags ? tags[p] == "ADP" && !NounComplement.Contains(x.Folded[p]) : OtherPrepositions.Contains(x.Folded[p]);
        if (!preposition) return null;
        var aux = x.Folded[p - 1];
        return x.Tags?[p - 1] == "AUX" || aux is "a" or "ont" or "avait" or "avaient" or "has" or "have" or "had" ? p - 1 : null;
    }

    /// <summary>The subject inverted after the cue, up to the content: "a-t-il ajouté", "a déclaré le porte-parole, Jean Dupont".</summary>
    private static (int, int)? After(AttributionInput x, int cue, int first, int last)
    {
        var sentence = x.Sentence[cue];
        var i = cue + 1;
        if (Stops(x, i, sentence) || i >= first && i <= last) return null;
        if (Grammar.PronounGender(x.Folded[i]) is 'm' or 'f' && (IsSourceMarker(x, cue) || x.TokenText(i).StartsWith('-') || x.Language == "en"))
            return (i, i);
        var end = i;
        while (!Stops(x, end, sentence) && !(end >= first && end <= last) && end - i < MaxSubjectTokens)
        {
            // "l'Institut national de la statistique et des études économiques": "et" joins two complements of one name.
            if (end > i && x.Folded[end] == "et" && end + 1 < x.Count && x.Folded[end + 1] is "des" or "du" or "de" or "d'" && HasComplement(x, i, end)) { end++; continue; }
            if (!(InNounPhrase(x, end) || x.Folded[end] == "," && StartsWithName(x, end + 1))) break;
            if (end > i && EndsInvertedSubject.Contains(x.Folded[end])) break;
            // "Selon M. Kharazi la relance ... serait": a determiner right after a noun starts the next noun phrase.
            if (end > i && x.Tags?[end] == "DET" && x.Tags[end - 1] is "PROPN" or "NOUN" or "ADJ" && x.Folded[end - 1] is not ("." or "-")) break;
            end++;
        }
        end--;
        return end >= i && HasContentWord(x, i, end) ? (i, end) : null;
    }

    private static bool HasComplement(AttributionInput x, int from, int to)
    {
        for (var k = from; k < to; k++) if (NounComplement.Contains(x.Folded[k]) || x.Folded[k] is "du" or "des") return true;
        return false;
    }

    /// <summary>"et", "and": a subject with one inside is two speakers ("Poutine et Xi ont déclaré"), which the resolver leaves unattributed.</summary>
    internal static bool IsCoordinator(string folded) => folded is "et" or "and" or "&";

    /// <summary>A source naming two parties joined by "et" / "and" ("Poutine et Xi", "the US and NATO").</summary>
    public static bool IsJoint(AttributionInput x, (int First, int Last) source)
    {
        for (var i = source.First + 1; i < source.Last; i++)
        {
            // "le ministre de l'Économie et des Finances": a coordination inside a complement joins no speakers.
            if (NounComplement.Contains(x.Folded[i]) || x.Folded[i] is "du" or "des" or "entre" or "between") return false;
            if (!IsCoordinator(x.Folded[i])) continue;
            var before = false;
            var after = false;
            for (var k = source.First; k < i; k++) before |= x.Shape[k] is "Xx" or "X";
            for (var k = i + 1; k <= source.Last; k++) after |= x.Shape[k] is "Xx" or "X";
            if (before && after) return true;
        }
        return false;
    }

    /// <summary>A present participle or gerund ("notant", "soulignant", "adding"), whose subject is another verb's.</summary>
    private static bool IsParticiple(AttributionInput x, int i) =>
        x.Language == "fr" ? x.Folded[i].EndsWith("ant", StringComparison.Ordinal) : x.Folded[i].EndsWith("ing", StringComparison.Ordinal);

    private static bool IsVerbGroupWord(AttributionInput x, int i)
    {
        if (VerbGroup.Contains(x.Folded[i])) return true;
        // The light verb of "a fait savoir", "font état de": part of the verb group of the word that reports.
        if (i + 1 < x.Count && ReportedSpeech.IsLightVerbReport(x, i + 1)) return true;
        // Adverbial phrases inside the verb group: "a en effet annoncé", "a de son côté fait connaître".
        if (x.Folded[i] == "effet" && i > 0 && x.Folded[i - 1] == "en") return true;
        if (x.Folded[i] is "cote" && i > 1 && x.Folded[i - 1] is "son" or "leur" && x.Folded[i - 2] == "de") return true;
        if (x.Folded[i] is "son" or "leur" && i + 1 < x.Count && x.Folded[i + 1] == "cote" && i > 0 && x.Folded[i - 1] == "de") return true;
        if (x.Folded[i] == "de" && i + 2 < x.Count && x.Folded[i + 1] is "son" or "leur" && x.Folded[i + 2] == "cote") return true;
        if (x.Tags?[i] is { } tag) return tag is "ADV" or "AUX" || tag == "PRON" && x.Shape[i] == "x" && Grammar.PronounGender(x.Folded[i]) == '\0';
        return x.Language == "en" && x.Folded[i].EndsWith("ly", StringComparison.Ordinal) && x.Folded[i].Length > 4;
    }

    /// <summary>A word that can belong to a subject noun phrase: names, nouns, determiners, adjectives, "de" complements, numbers.</summary>
    private static bool InNounPhrase(AttributionInput x, int i)
    {
        var folded = x.Folded[i];
        if (folded is "l'" or "d'") return true;
        if (ClauseOpeners.Contains(folded) || x.IsCue[i] && x.Shape[i] == "x" && !(x.Tags?[i] is "NOUN")) return false;
        if (x.Shape[i] is not ("x" or "Xx" or "X" or "xX" or "d") && folded is not ("-" or "." or "'")) return false;
        if (x.Tags?[i] is { } tag)
            return tag is "PROPN" or "NOUN" or "DET" or "ADJ" or "NUM" or "ADP+DET" or "X" || tag == "ADP" && NounComplement.Contains(folded)
                || tag == "PRON" && Grammar.PronounGender(folded) != '\0';
        return !OtherPrepositions.Contains(folded);
    }

    /// <summary>A segment that qualifies a name rather than being a subject: it starts with a bare lowercase word, neither determiner nor pronoun.</summary>
    private static bool StartsApposition(AttributionInput x, int i) =>
        i < x.Count && !Quoted(x, i) && x.Shape[i] == "x" && char.IsLetter(x.Text[x.Tokens[i].Start])
        && x.Tags?[i] is not ("DET" or "PRON" or "ADP+DET" or "CCONJ" or "SCONJ") && Grammar.PronounGender(x.Folded[i]) == '\0'
        && !ClauseOpeners.Contains(x.Folded[i]) && x.Folded[i] is not ("l'" or "d'");

    private static bool StartsWithName(AttributionInput x, int i) =>
        i < x.Count && !Quoted(x, i) && (x.Shape[i] is "Xx" or "X" || Grammar.HonorificGender(x.Folded[i]) != '\0');

    private static bool HasContentWord(AttributionInput x, int first, int last)
    {
        for (var i = first; i <= last; i++)
            if (x.Shape[i] is "Xx" or "X" or "xX" || Grammar.PronounGender(x.Folded[i]) != '\0' || x.Tags?[i] is "NOUN" || x.Tags is null && x.Shape[i] == "x" && x.Folded[i].Length > 3)
                return true;
        return false;
    }
}
