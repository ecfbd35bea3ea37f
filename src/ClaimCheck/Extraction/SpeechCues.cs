namespace ClaimCheck.Extraction;

/// <summary>
/// Words that report speech in French and English ("a déclaré", "said", "selon"). A quote is attributed to
/// the person these words tie it to; without one, the extractor does not guess.
/// </summary>
internal static class SpeechCues
{
    // French verbs come in many forms; their stems are matched on word beginnings (with a length cap so
    // "précisément" is not "préciser").
    private static readonly string[] FrenchStems =
    [
        "declar", "affirm", "ajout", "expliqu", "soulign", "estim", "precis", "annonc", "averti", "assur", "insist", "indiqu", "repond", "rappel",
        "martel", "reconn", "admet", "admis", "confirm", "dement", "previen", "prevenu", "plaid", "felicit", "aventur", "rapport", "ecrit", "qualifi",
        "sugger", "lanc", "reproch", "temoign", "pretend", "concede", "avou", "commente", "insiste", "proclam", "exhort", "promi", "promet",
        "deplor", "regrett", "estime", "jug", "nie", "clam", "tranch", "ironis", "denonc", "menac", "assen", "salu", "argu",
        "repet", "reiter", "retorqu", "repliqu", "fustig", "revel", "racont",
    ];

    private static readonly HashSet<string> FrenchForms = new(StringComparer.Ordinal)
    {
        "dit", "dits", "dite", "dites", "dis", "disent", "disait", "disaient", "disant", "dira", "diront", "dire", "notant", "note", "selon", "apres", "savoir", "explique",
    };

    private static readonly HashSet<string> NotFrenchCues = new(StringComparer.Ordinal)
    {
        "precisement", "precise", "declaration", "declarations", "annonce", "annonces", "rapport", "rapports", "rapportee", "affirmation", "affirmations",
        "estimation", "estimations", "confirmation", "indique", "assurance", "assurances", "rappel", "lance", "lancement", "lancer", "lances", "lancee",
        "jugement", "juge", "juges", "jugee", "nie", "nier", "ecrit", "ecrits", "promis", "promise", "promesse", "promesses", "menace", "menaces",
        "insistance", "reconnaissance", "reconnu", "reconnue", "admis", "admission", "qualifie", "qualifies", "qualifiee", "precision", "precisions",
        "explication", "explications", "commentaire", "commentaires", "regrettable", "plaidoyer", "temoignage", "temoignages", "denonciation", "jugeant",
        "lancent", "lancera", "repetition", "repetitions", "repetitif", "repetitive", "revelation", "revelations", "racontar", "argument", "arguments", "argumentaire", "salutaire", "salut", "expression", "expressions", "menacant", "menacante", "apres", "savoir", "note", "dire", "clamer", "assure", "assures", "exhorte", "tranche", "tranchee",
    };

    // Forms above that are still speech after an auxiliary ("a précisé", "a jugé", "a écrit").
    private static readonly HashSet<string> CueAfterAuxiliary = new(StringComparer.Ordinal)
    {
        "annonce", "indique", "lance", "juge", "ecrit", "reconnu", "admis", "qualifie", "precise", "assure", "note", "explique", "exhorte", "tranche", "promis", "nie", "rappele",
    };

    private static readonly HashSet<string> EnglishForms = new(StringComparer.Ordinal)
    {
        "said", "says", "say", "saying", "told", "tells", "tell", "added", "adds", "stated", "declared", "declares", "explained", "explains", "noted", "notes",
        "stressed", "stresses", "warned", "warns", "insisted", "insists", "argued", "argues", "claimed", "claims", "announced", "announces", "asserted", "asserts",
        "acknowledged", "acknowledges", "admitted", "admits", "confirmed", "confirms", "denied", "denies", "wrote", "writes", "suggested", "suggests", "replied",
        "replies", "remarked", "emphasized", "emphasised", "emphasizes", "reported", "reports", "believes", "believed", "estimated", "predicted", "vowed", "vows",
        "pledged", "cautioned", "contended", "continued", "concluded", "responded", "countered", "retorted", "quipped", "joked", "affirmed", "reaffirmed",
        "alleged", "disclosed", "asked", "threatened", "maintained", "maintains", "recalled", "conceded", "concedes", "according", "promised", "promises", "thinks", "thought",
        "declined", "tweeted", "posted", "indicated", "indicates", "signaled", "signalled", "revealed", "reveals", "assured", "assures", "hinted", "observed",
        "commented", "complained", "adding", "noting", "warning", "insisting", "arguing", "stressing", "claiming", "boasted", "cautions", "urged", "urges", "predicts", "argued", "underlined", "underscored", "highlighted", "reiterated", "repeated",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "s", "se", "t", "il", "elle", "aura", "avoir", "ayant", "etait",
    };

    /// <summary>Whether the folded word <paramref name="word"/> reports speech; <paramref name="previous"/> is the folded word before it.</summary>
    public static bool IsCue(ReadOnlySpan<char> word, ReadOnlySpan<char> previous, string language)
    {
        if (word.Length < 2) return false;
        if (language == "en") return EnglishLookup.Contains(word);
        if (word is "savoir") return previous is "fait" or "faire";
        if (word is "selon") return true;
        if (word is "apres") return previous is "d";
        if (FrenchFormsLookup.Contains(word)) return !(word is "note" or "dire") || AuxiliariesLookup.Contains(previous);
        if (NotFrenchLookup.Contains(word))
            return CueAfterAuxiliaryLookup.Contains(word) && AuxiliariesLookup.Contains(previous);
        // Stems are looked up by the word's own prefixes: a handful of hash probes instead of a scan of every stem.
        for (var length = Math.Max(MinStemLength, word.Length - 5); length <= Math.Min(MaxStemLength, word.Length); length++)
            if (FrenchStemLookup.Contains(word[..length])) return true;
        return false;
    }

    /// <summary>"selon X", "d'après X", "according to X": the source follows the cue.</summary>
    public static bool IsSourcePreposition(ReadOnlySpan<char> word, ReadOnlySpan<char> previous) =>
        word is "selon" or "according" || (word is "apres" && previous is "d");

    public static bool IsComplementizer(ReadOnlySpan<char> word) => word is "que" or "qu" or "that";

    public static bool IsAuxiliary(ReadOnlySpan<char> word) => AuxiliariesLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchStemLookup = new HashSet<string>(FrenchStems, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly int MinStemLength = FrenchStems.Min(s => s.Length);
    private static readonly int MaxStemLength = FrenchStems.Max(s => s.Length);
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishLookup = EnglishForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FrenchFormsLookup = FrenchForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotFrenchLookup = NotFrenchCues.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueAfterAuxiliaryLookup = CueAfterAuxiliary.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliariesLookup = Auxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();
}
