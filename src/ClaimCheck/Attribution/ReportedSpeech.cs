namespace ClaimCheck.Attribution;

/// <summary>
/// Finds indirect speech without quotation marks from the reporting verb's complement, the way a French or English
/// grammar describes it: a speech verb of the cue lexicon (see <see cref="ReportingClause"/>) and what it governs —
/// a "que" / "that" clause ("a annoncé que le gouvernement ..."), an infinitive ("a promis de fournir", "a déclaré
/// vouloir"), a noun phrase ("a annoncé sa démission", "réclame la démission de M. Guttiérez"), or a prepositional
/// complement ("appelle à un respect des droits", "plaide pour une réforme", "fait état de 15 morts") — and the
/// sentence that follows "selon X," / "d'après X," / "according to X,". The content runs to the end of the
/// complement: the sentence's end, a semicolon, an incise that reports again (", a-t-il ajouté", ", selon ..."), or a
/// second report coordinated with the first ("... et espère que ..."); a noun phrase ends at its first punctuation.
/// Only shallow syntax is used (tokens, UPOS tags, lemmas); this is the first stage the held-out figures of issue #9
/// asked for on French indirect speech, where the trained tagger finds too little (ASFALDA message F1 0.32).
/// </summary>
public static class ReportedSpeech
{
    /// <summary>One report: the cue's tokens ("annoncé", "fait savoir", "selon") and the content's first and last tokens.</summary>
    public readonly record struct Report(int CueFirst, int CueLast, int First, int Last);

    private const int MaxInciseTokens = 14;
    private const int MinContentTokens = 2;

    /// <summary>
    /// The longest content read, in tokens: it bounds the work per cue, so a text of one endless sentence full of
    /// speech verbs costs linear time, not quadratic; real reported clauses are far shorter.
    /// </summary>
    public const int MaxContentTokens = 150;

    /// <summary>French light-verb reporting phrases: "faire savoir / connaître / remarquer / observer / part de / état de".</summary>
    private static readonly HashSet<string> AfterFaire = new(StringComparer.Ordinal)
    {
        "savoir", "connaitre", "remarquer", "observer", "part", "etat", "valoir",
    };

    /// <summary>Prepositions that introduce a verb's content ("appelle à", "plaide pour", "fait état de", "accuse X de").</summary>
    private static readonly HashSet<string> ContentPrepositions = new(StringComparer.Ordinal) { "de", "d'", "a", "pour", "contre", "about", "for", "on" };

    /// <summary>Determiners that contain the preposition "de" and already start the content ("fait état du détournement", "des chiffres").</summary>
    private static readonly HashSet<string> PrepositionDeterminers = new(StringComparer.Ordinal) { "du", "des" };

    /// <summary>
    /// Modal, aspectual and light verbs of the speech-verb lists whose infinitive or object is no report ("veut
    /// rencontrer", "continue de maintenir", "n'a donné aucune explication", "a répondu à sa visite"); with "que" they still report.
    /// </summary>
    private static readonly HashSet<string> SemiAuxiliaries = new(StringComparer.Ordinal)
    {
        "vouloir", "pouvoir", "devoir", "continuer", "commencer", "cesser", "finir", "laisser", "donner", "faire", "aller", "venir",
        "tenter", "essayer", "chercher", "sembler", "paraître", "répondre", "rencontrer", "permettre",
    };

    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "que", "qu'", "that" };

    /// <summary>Words that may stand between a verb and its complement: sentence adverbs the tagger may miss.</summary>
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal)
    {
        "notamment", "egalement", "aussi", "encore", "toutefois", "cependant", "neanmoins", "pourtant", "ainsi", "ensuite", "enfin", "meme",
        "outre", "en", "d'ailleurs", "ailleurs", "effet", "surtout", "clairement", "publiquement", "formellement", "officiellement",
        "also", "further", "again", "repeatedly", "publicly", "recently", "later", "previously", "then",
    };

    /// <summary>Every report of the text that no quotation covers.</summary>
    public static List<Report> Find(AttributionInput x)
    {
        var reports = new List<Report>();
        for (var i = 0; i < x.Count; i++)
        {
            if (ReportingClause.Quoted(x, i)) continue;
            Report? report = ReportingClause.IsSourceMarker(x, i) ? AfterSourceMarker(x, i)
                : IsReportingVerb(x, i) ? Complement(x, i) : null;
            // "a fait savoir": the cue is the whole light-verb phrase, and its subject stands before "fait".
            if (report is { } found && IsLightVerbReport(x, i)) report = found with { CueFirst = i - 1 };
            // Reports come in text order of their cues; one overlapping the report before it repeats it ("a dit ... et a répété").
            if (report is { } r && r.Last - r.First + 1 >= MinContentTokens && !(reports.Count > 0 && reports[^1].First <= r.Last && r.First <= reports[^1].Last))
                reports.Add(r);
        }
        return reports;
    }

    /// <summary>A speech verb, or a light-verb phrase; "savoir" alone ("sachant que", "knowing") reports nothing.</summary>
    private static bool IsReportingVerb(AttributionInput x, int i)
    {
        if (ReportsAQuotation(x, i)) return false;
        if (IsLightVerbReport(x, i)) return true;
        if (!ReportingClause.IsSpeechVerb(x, i)) return false;
        var lemma = x.Lemmas?[i];
        return lemma is null || lemma != "savoir" && (!SemiAuxiliaries.Contains(lemma) || lemma is "répondre" or "laisser");
    }

    /// <summary>"fait savoir que", "a fait part de", "font état de": the light verb "faire" and the word that makes it a report.</summary>
    internal static bool IsLightVerbReport(AttributionInput x, int i) =>
        x.Language == "fr" && AfterFaire.Contains(x.Folded[i]) && i > 0 && IsFaire(x, i - 1);

    private static bool IsFaire(AttributionInput x, int i) =>
        x.Lemmas?[i] == "faire" || x.Folded[i] is "fait" or "font" or "faisait" or "faisaient" or "fera" or "ferait" or "faire";

    /// <summary>
    /// A verb in an incise after a quotation ("« ... », a déclaré le ministre") or before one (": « ..."): its
    /// content is that quotation, which the quotation rules read.
    /// </summary>
    private static bool ReportsAQuotation(AttributionInput x, int i)
    {
        for (var k = i - 1; k >= Math.Max(0, i - 4) && x.Sentence[k] == x.Sentence[i]; k--)
            if (x.Quote[k] != 0 || ReportingClause.Quoted(x, k)) return true;
        for (var k = i + 1; k <= Math.Min(x.Count - 1, i + 3) && x.Sentence[k] == x.Sentence[i]; k++)
        {
            if (x.Quote[k] != 0) return true;
            if (x.Folded[k] == ":") return k + 1 < x.Count && x.Quote[k + 1] != 0;
        }
        return false;
    }

    /// <summary>The complement of the reporting verb at <paramref name="cue"/>, if it has one that reports.</summary>
    private static Report? Complement(AttributionInput x, int cue)
    {
        var sentence = x.Sentence[cue];
        var j = SkipBetween(x, cue + 1, sentence);
        if (j < 0) return null;
        var folded = x.Folded[j];
        // "n'a fait que reculer", "ne dit que ...": "ne ... que" restricts, it introduces no clause.
        if (Complementizers.Contains(folded)) return Negated(x, cue) ? null : Clause(x, cue, j + 1, sentence);
        // An indirect object before the content: "a demandé au gouvernement de Cuba de libérer", "demande à la Chine de contrôler".
        if (folded is "a" or "au" or "aux" && x.Tags?[j] is "ADP" or "ADP+DET" && ObjectThenContent(x, j, sentence) is { } after)
            return Complement(x, cue, after, sentence);
        return Complement(x, cue, j, sentence);
    }

    private static Report? Complement(AttributionInput x, int cue, int j, int sentence)
    {
        var folded = x.Folded[j];
        if (Complementizers.Contains(folded)) return Clause(x, cue, j + 1, sentence);
        // Other complements report only after a verb of the curated lists ("annoncer", "réclamer", not the corpus cue
        // "décider"), in the active voice, conjugated or infinitive: "la pétition lancée le 25 mars", "l'appel a été
        // lancé à la suite de" describe the act, and "a déclaré le ministre" puts the subject after the verb.
        if (!(x.IsQuoteVerb[cue] || IsLightVerbReport(x, cue)) || x.Lemmas?[cue] is { } lemma && SemiAuxiliaries.Contains(lemma)) return null;
        if (Voice(x, cue) is not VerbVoice.Active || !HasSubjectBefore(x, cue)) return null;
        if (PrepositionDeterminers.Contains(folded) && x.Tags?[j] is "ADP+DET" or "DET") return NounPhrase(x, cue, j, sentence);
        if (ContentPrepositions.Contains(folded) && x.Tags?[j] is null or "ADP")
        {
            var k = j + 1;
            if (Stops(x, k, sentence)) return null;
            return IsInfinitive(x, k) || x.Tags?[k] is "PRON" && k + 1 < x.Count && IsInfinitive(x, k + 1)
                ? Clause(x, cue, k, sentence)
                : StartsNounPhrase(x, k) ? NounPhrase(x, cue, k, sentence) : null;
        }
        if (IsInfinitive(x, j) || x.Folded[j] is "ne" or "n'" && j + 2 < x.Count && (IsInfinitive(x, j + 1) || IsInfinitive(x, j + 2)))
            return Clause(x, cue, j, sentence);
        // English reported clauses often drop "that": "said he would", "told reporters the talks were over".
        if (x.Language == "en" && x.Tags is null && StartsEnglishClause(x, j, sentence)) return Clause(x, cue, j, sentence);
        return StartsNounPhrase(x, j) && x.Language == "fr" ? NounPhrase(x, cue, j, sentence) : null;
    }

    private static bool Negated(AttributionInput x, int cue)
    {
        for (var k = cue - 1; k >= Math.Max(0, cue - 4) && x.Sentence[k] == x.Sentence[cue]; k--)
        {
            if (x.Folded[k] is "ne" or "n'") return true;
            if (!(x.Tags?[k] is "AUX" or "ADV" or "PRON" || x.Folded[k] is "a" or "ont" or "avait" or "se" or "s'")) return false;
        }
        return false;
    }

    private enum VerbVoice { Active, Passive, Adjectival }

    /// <summary>A French past participle with no auxiliary: it qualifies a noun ("la clarification née de la scission").</summary>
    internal static bool IsBareParticiple(AttributionInput x, int i) => Voice(x, i) == VerbVoice.Adjectival;

    /// <summary>
    /// Whether a speech verb is active: a past participle needs the auxiliary "avoir" (or a reflexive "se" with
    /// "être"); with "être" alone it is passive, and with no auxiliary it qualifies a noun. Only French past
    /// participles are told apart, by their endings ("-é", "-ée", "-és", "-ées", "-ise", "-ite", "-ue").
    /// </summary>
    private static VerbVoice Voice(AttributionInput x, int cue)
    {
        if (x.Language != "fr") return VerbVoice.Active;
        var word = x.TokenText(cue).ToLowerInvariant();
        var participle = word.EndsWith('é') || word.EndsWith("ée", StringComparison.Ordinal) || word.EndsWith("és", StringComparison.Ordinal)
            || word.EndsWith("ées", StringComparison.Ordinal) || word.EndsWith("ise", StringComparison.Ordinal) || word.EndsWith("ises", StringComparison.Ordinal)
            || word.EndsWith("ite", StringComparison.Ordinal) || word.EndsWith("ites", StringComparison.Ordinal) || word.EndsWith("ue", StringComparison.Ordinal) && x.Lemmas?[cue] is { } l && !l.EndsWith("uer", StringComparison.Ordinal);
        if (!participle) return VerbVoice.Active;
        var reflexive = false;
        for (var k = cue - 1; k >= Math.Max(0, cue - 5) && x.Sentence[k] == x.Sentence[cue]; k--)
        {
            var f = x.Folded[k];
            if (f is "se" or "s'") { reflexive = true; continue; }
            if (x.Lemmas?[k] == "avoir" || f is "a" or "ai" or "as" or "avons" or "avez" or "ont" or "avait" or "avaient" or "aurait" or "auraient" or "aura" or "avoir" or "ayant")
                return VerbVoice.Active;
            if (x.Lemmas?[k] == "être" || f is "est" or "sont" or "etait" or "etaient" or "ete" or "sera" or "serait" or "etre" or "fut")
                return reflexive ? VerbVoice.Active : VerbVoice.Passive;
            if (!(x.Tags?[k] is "ADV" or "PRON" || f is "ne" or "n'" or "pas" or "lui" or "leur")) break;
        }
        return VerbVoice.Adjectival;
    }

    /// <summary>
    /// The verb has its subject before it: the word before its verb group is no comma or quotation that would make
    /// it an incise ("« ... », a déclaré le ministre", ", a indiqué la Maison Blanche"); infinitives and participles
    /// ("pour annoncer", "en saluant") take the subject of the main verb and pass.
    /// </summary>
    private static bool HasSubjectBefore(AttributionInput x, int cue)
    {
        var k = cue - 1;
        while (k >= 0 && cue - k < 8 && x.Sentence[k] == x.Sentence[cue] && (x.Tags?[k] is "AUX" or "ADV" || x.Folded[k] is "a" or "ont" or "avait" or "ne" or "n'" or "se" or "s'" or "lui" or "leur")) k--;
        if (k < 0 || x.Sentence[k] != x.Sentence[cue]) return IsInfinitive(x, cue) || x.Folded[cue].EndsWith("ant", StringComparison.Ordinal);
        // "Kofi Annan, secrétaire général de l'ONU, appelle à": the comma closes an apposition to the subject.
        return x.Folded[k] != "," || IsInfinitive(x, cue) || x.Folded[cue].EndsWith("ant", StringComparison.Ordinal)
            || ReportingClause.SubjectBefore(x, cue) is not null;
    }

    /// <summary>Adverbs and incises set off by commas between the verb and its complement (", hier samedi,", ", par la voix de X,").</summary>
    private static int SkipBetween(AttributionInput x, int j, int sentence)
    {
        for (var guard = 0; guard < 4; guard++)
        {
            if (Stops(x, j, sentence)) return -1;
            if (x.Tags?[j] == "ADV" && !Complementizers.Contains(x.Folded[j]) && x.Folded[j] is not ("ne" or "n'") || Adverbs.Contains(x.Folded[j]) && x.Folded[j] != "en")
            {
                j++;
                continue;
            }
            if (x.Folded[j] == "en" && j + 1 < x.Count && x.Folded[j + 1] is "outre" or "effet") { j += 2; continue; }
            if (x.Folded[j] == ",")
            {
                var close = j + 1;
                while (close < x.Count && x.Sentence[close] == sentence && close - j <= MaxInciseTokens && x.Folded[close] != ","
                       && !Complementizers.Contains(x.Folded[close]) && !ReportingClause.Quoted(x, close)) close++;
                if (close >= x.Count || x.Sentence[close] != sentence || close - j > MaxInciseTokens) return -1;
                // ", qu'il ...": the complementizer right after the incise.
                j = x.Folded[close] == "," ? close + 1 : close;
                continue;
            }
            return j;
        }
        return Stops(x, j, sentence) ? -1 : j;
    }

    /// <summary>"au gouvernement de Cuba, de libérer": the token where the content starts after an indirect object, if any.</summary>
    private static int? ObjectThenContent(AttributionInput x, int j, int sentence)
    {
        for (var k = j + 1; k < Math.Min(x.Count, j + 10) && x.Sentence[k] == sentence; k++)
        {
            if (x.Folded[k] is "de" or "d'" && k + 1 < x.Count && IsInfinitive(x, k + 1)) return k;
            if (Complementizers.Contains(x.Folded[k])) return k;
            if (x.Tags?[k] is "VERB" or "AUX" || x.Folded[k] is "et" or "mais" or "ou" || ReportingClause.Quoted(x, k)) return null;
        }
        return null;
    }

    /// <summary>"selon X, ..." at a sentence's start: the rest of the sentence; "..., selon X." at its end: what came before.</summary>
    private static Report? AfterSourceMarker(AttributionInput x, int marker)
    {
        var sentence = x.Sentence[marker];
        var (from, to) = x.SentenceTokens[sentence];
        // "une rumeur selon laquelle ...": what the rumour says, with no source.
        if (marker + 1 <= to && x.Folded[marker + 1] is "laquelle" or "lequel" or "lesquelles" or "lesquels") return Clause(x, marker, marker + 2, sentence);
        if (marker + 1 <= to && x.Folded[marker + 1] is "que" or "qu'") return null;
        var comma = marker + 1;
        while (comma <= to && comma - marker <= MaxInciseTokens && x.Folded[comma] != "," && !ReportingClause.Quoted(x, comma)) comma++;
        var leading = marker == from || marker - 1 >= from && (x.Folded[marker - 1] is "mais" or "et" or "or" or "but") || marker - 2 >= from && x.Folded[marker - 1] == "d'" && marker - 1 == from;
        if (leading && comma <= to && x.Folded[comma] == ",") return Clause(x, marker, comma + 1, sentence);
        // "Selon lui Google projette ...": a pronoun as source needs no comma.
        if (leading && marker + 1 <= to && Grammar.PronounGender(x.Folded[marker + 1]) != '\0' && x.Folded[marker + 1] != "," )
            return Clause(x, marker, marker + 2, sentence);
        var before = marker - 1;
        if (x.Folded[marker] == "apres") before--;
        if (x.Folded[marker] == "to") before--;
        if (before > from && x.Folded[before] == "," && (comma > to || x.Folded[comma] is "." or "!" or "?" || comma == to))
            return Bounded(x, marker, from, before - 1);
        // ", selon X, prend effet ...": the words after the incise, when they are a clause of their own; an apposition
        // to the source (", selon Ruslan Pukhov, membre du conseil") or an adjunct (", à un moment où ...") leaves
        // the words before the incise as what the source said.
        if (before > from && x.Folded[before] == "," && comma < to && x.Folded[comma] == ",")
        {
            var clause = x.Tags?[comma + 1] is not ("ADP" or "NOUN" or "ADP+DET") && HasVerb(x, comma + 1, to);
            return clause ? Clause(x, marker, comma + 1, sentence) : Bounded(x, marker, from, before - 1);
        }
        return null;
    }

    private static bool HasVerb(AttributionInput x, int from, int to)
    {
        for (var k = from; k <= to; k++) if (x.Tags?[k] is "VERB" or "AUX") return true;
        return x.Tags is null;
    }

    private static Report? Clause(AttributionInput x, int cue, int first, int sentence)
    {
        if (Stops(x, first, sentence) || x.Quote[first] != 0) return null;
        var (_, end) = x.SentenceTokens[sentence];
        var to = Math.Min(end, first + MaxContentTokens - 1);
        var last = first;
        for (var k = first + 1; k <= to; k++)
        {
            if (ReportingClause.Quoted(x, k) || x.Quote[k] != 0) return null;
            if (x.Folded[k] is ";" or "(" or ")") break;
            if (x.Folded[k] == "," && k + 1 <= to && (ReportsAgain(x, k + 1) || k + 2 <= to && ReportsAgain(x, k + 2))) break;
            if (x.Folded[k] is "et" or "mais" or "and" or "but" && k + 1 <= to && CoordinatedReport(x, k + 1, to)) break;
            last = k;
        }
        return Bounded(x, cue, first, last);
    }

    /// <summary>
    /// A noun phrase that is what was said, up to its first punctuation, a gerund or purpose clause ("en arrivant au
    /// Sénat", "pour ..."), or an addressee ("à Arlette Chabot"). A phrase about a person, a role or a date is the
    /// addressee or an adjunct, not the content ("informera le Secrétaire général", "a annoncé le 29 mai").
    /// </summary>
    private static Report? NounPhrase(AttributionInput x, int cue, int first, int sentence)
    {
        var (_, end) = x.SentenceTokens[sentence];
        var to = Math.Min(end, first + MaxContentTokens - 1);
        var last = first;
        for (var k = first + 1; k <= to; k++)
        {
            if (ReportingClause.Quoted(x, k) || x.Quote[k] != 0) return null;
            if (x.Shape[k] is not ("x" or "X" or "Xx" or "xX" or "d") && x.Folded[k] is not ("-" or "'" or "%" or "$")) break;
            if (x.Folded[k] is "et" or "mais" && k + 1 <= to && CoordinatedReport(x, k + 1, to)) break;
            if (x.Folded[k] == "en" && k + 1 <= to && x.Tags?[k + 1] == "VERB") break;
            if (x.Folded[k] is "pour" or "afin" && k + 1 <= to && (IsInfinitive(x, k + 1) || x.Folded[k + 1] == "de")) break;
            if (x.Folded[k] is "a" && x.Tags?[k] == "ADP" && k + 1 <= to && x.Shape[k + 1] is "Xx" or "X") break;
            last = k;
        }
        var head = first;
        while (head < last && x.Tags?[head] is "DET" or "NUM" or "ADJ" or "ADP+DET" or "ADP") head++;
        if (x.Tags?[head] is "PROPN" || x.Shape[head] is "Xx" && head > first || x.Shape[head] == "d" && head == last
            || x.Tags?[head] is "NOUN" && x.Lexicon.RoleGender(x.Folded[head]) != '\0' || IsTimeWord(x.Folded[head])) return null;
        return Bounded(x, cue, first, last);
    }

    private static bool IsTimeWord(string folded) => folded is "lundi" or "mardi" or "mercredi" or "jeudi" or "vendredi" or "samedi" or "dimanche"
        or "janvier" or "fevrier" or "mars" or "avril" or "mai" or "juin" or "juillet" or "aout" or "septembre" or "octobre" or "novembre" or "decembre"
        or "matin" or "soir" or "moment" or "moments" or "epoque" or "periode" or "fois" or "jour" or "jours" or "semaine" or "semaines" or "mois" or "an" or "ans" or "annee" or "heure" or "heures" or "hier" or "veille" or "lendemain";

    private static Report? Bounded(AttributionInput x, int cue, int first, int last)
    {
        // "..., selon X": the words before the incise, at most the last MaxContentTokens of them.
        first = Math.Max(first, last - MaxContentTokens + 1);
        while (last >= first && x.Shape[last] is not ("x" or "X" or "Xx" or "xX" or "d")) last--;
        while (first <= last && x.Shape[first] is not ("x" or "X" or "Xx" or "xX" or "d")) first++;
        return last >= first ? new Report(cue, cue, first, last) : null;
    }

    /// <summary>", a-t-il ajouté", ", selon ...", ", a déclaré le ministre": an incise that attributes what came before.</summary>
    private static bool ReportsAgain(AttributionInput x, int k) =>
        ReportingClause.IsSourceMarker(x, k) || x.Folded[k] is "selon" or "according" || ReportingClause.IsSpeechVerb(x, k)
        || x.Folded[k] is "a" or "ont" or "avait" or "has" or "had" && k + 1 < x.Count && ReportingClause.IsSpeechVerb(x, k + 1);

    /// <summary>"et espère que", "et a aussi réclamé", "and said that": a second report joined to the first.</summary>
    private static bool CoordinatedReport(AttributionInput x, int k, int to)
    {
        for (var m = k; m <= Math.Min(to, k + 3); m++)
        {
            if (ReportingClause.IsSpeechVerb(x, m) || x.IsCue[m] && x.Shape[m] == "x" && m + 1 <= to && Complementizers.Contains(x.Folded[m + 1])) return true;
            if (!(x.Tags?[m] is "ADV" or "AUX" || x.Folded[m] is "a" or "ont" or "il" or "elle" or "ils" or "elles" or "he" or "she" or "they" or "also"
                  || Adverbs.Contains(x.Folded[m]))) return false;
        }
        return false;
    }

    internal static bool IsInfinitive(AttributionInput x, int k)
    {
        if (k >= x.Count || x.Shape[k] != "x") return false;
        var f = x.Folded[k];
        var verbal = x.Tags?[k] is "VERB" or "AUX";
        if (x.Language == "fr")
            return (x.Tags is null || verbal) && (f.EndsWith("er", StringComparison.Ordinal) || f.EndsWith("ir", StringComparison.Ordinal) || f.EndsWith("re", StringComparison.Ordinal))
                   && (x.Lemmas?[k] is not { } lemma || AttributionLexicon.Fold(lemma) == f);
        return false;
    }

    private static bool StartsNounPhrase(AttributionInput x, int k)
    {
        if (k >= x.Count || ReportingClause.Quoted(x, k)) return false;
        if (x.Tags?[k] is { } tag) return tag is "DET" or "NUM" || tag == "ADP+DET" && PrepositionDeterminers.Contains(x.Folded[k]);
        return false;
    }

    /// <summary>An English clause without "that": a subject pronoun or a determiner, then a verb within a few words.</summary>
    private static bool StartsEnglishClause(AttributionInput x, int j, int sentence)
    {
        if (x.Folded[j] is not ("he" or "she" or "they" or "it" or "we" or "i" or "the" or "his" or "her" or "their" or "there")) return false;
        for (var k = j + 1; k < Math.Min(x.Count, j + 6) && x.Sentence[k] == sentence; k++)
            if (x.Folded[k] is "would" or "will" or "was" or "were" or "is" or "are" or "had" or "has" or "have" or "could" or "should" or "did" or "might" or "can")
                return true;
        return false;
    }

    private static bool Stops(AttributionInput x, int i, int sentence) => ReportingClause.Stops(x, i, sentence);
}
