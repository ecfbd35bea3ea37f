namespace ClaimCheck.Extraction;

/// <summary>
/// The French and English words the claim-frame parser reads. Keys are folded (lowercase, no accents).
/// Predicate names are the ones <see cref="Judging.PredicateRelatedness"/> groups into families.
/// </summary>
internal static class ClaimLexicon
{
    /// <summary>Word beginnings that name an action, with the predicate they stand for. Longer stems are tried first.</summary>
    public static readonly (string Stem, string Predicate, string? Language)[] PredicateStems = new (string, string, string?)[]
    {
        ("rencontr", "meet", null), ("meet", "meet", "en"), ("met", "meet", "en"), ("face-a-face", "meet", "fr"), ("sommet bilateral", "meet", "fr"),
        ("parler", "talk", "fr"), ("parle", "talk", "fr"), ("parlai", "talk", "fr"), ("parlon", "talk", "fr"), ("parlez", "talk", "fr"), ("parlera", "talk", "fr"),
        ("talk", "talk", "en"), ("speak", "talk", "en"), ("spoke", "talk", "en"), ("entretien", "talk", "fr"), ("entretenu", "talk", "fr"), ("entretiennent", "talk", "fr"),
        ("dialogu", "talk", null), ("convers", "talk", null), ("discut", "discuss", "fr"), ("discuss", "discuss", "en"),
        ("negoci", "negotiate", "fr"), ("negotiat", "negotiate", "en"), ("pourparler", "negotiate", "fr"),
        ("particip", "attend", null), ("assister", "attend", "fr"), ("assistera", "attend", "fr"), ("attend", "attend", "en"), ("absence", "attend", null), ("absent", "attend", null),
        ("soutien", "support", "fr"), ("souten", "support", "fr"), ("soutient", "support", "fr"), ("soutenu", "support", "fr"), ("support", "support", "en"),
        ("backed", "support", "en"), ("backs", "support", "en"), ("backing", "support", "en"), ("appui", "support", "fr"), ("approuv", "approve", "fr"), ("approv", "approve", "en"),
        ("oppos", "oppose", null), ("rejet", "reject", "fr"), ("rejett", "reject", "fr"), ("reject", "reject", "en"), ("critiqu", "criticize", "fr"), ("critici", "criticize", "en"),
        ("condamn", "condemn", "fr"), ("condemn", "condemn", "en"), ("denonc", "condemn", "fr"), ("denounc", "condemn", "en"),
        ("retir", "withdraw", "fr"), ("retrait", "withdraw", "fr"), ("withdr", "withdraw", "en"), ("evacu", "withdraw", null), ("quitt", "withdraw", "fr"), ("retreat", "withdraw", "en"),
        ("livr", "deliver", "fr"), ("deliver", "deliver", "en"), ("fourni", "deliver", "fr"), ("suppl", "deliver", "en"), ("envoi", "deliver", "fr"), ("envoy", "deliver", "fr"), ("provid", "deliver", "en"), ("sent", "deliver", "en"), ("send", "deliver", "en"),
        ("envah", "invade", "fr"), ("invas", "invade", null), ("invad", "invade", "en"),
        ("attaqu", "attack", "fr"), ("attack", "attack", "en"), ("bombard", "attack", null), ("frapp", "attack", "fr"),
        ("visit", "visit", null), ("rendu visite", "visit", "fr"),
        ("signe", "sign", "fr"), ("signer", "sign", "fr"), ("signera", "sign", "fr"), ("signat", "sign", null), ("sign", "sign", "en"), ("conclu un accord", "sign", "fr"),
        ("accus", "accuse", null),
        ("commerc", "trade", null), ("echange", "trade", "fr"), ("trade", "trade", "en"), ("chiffre d'affaires", "trade", "fr"), ("export", "export", null), ("import", "import", null),
        ("utilis", "use", "fr"), ("use", "use", "en"), ("using", "use", "en"), ("recour", "use", "fr"), ("employ", "use", "en"),
        ("augment", "increase", "fr"), ("increas", "increase", "en"), ("atteindr", "reach", "fr"), ("atteint", "reach", "fr"), ("reach", "reach", "en"), ("depass", "reach", "fr"), ("exceed", "reach", "en"),
        ("annul", "cancel", "fr"), ("cancel", "cancel", "en"), ("menac", "threaten", "fr"), ("threat", "threaten", "en"),
        ("s'accord", "agree", "fr"), ("convenu", "agree", "fr"), ("agree", "agree", "en"),
        ("appeler", "call", "fr"), ("telephon", "call", null), ("phone", "call", "en"),
        ("defend", "defend", null), ("aider", "help", "fr"), ("aide", "help", "fr"), ("help", "help", "en"),
    }.OrderByDescending(s => s.Item1.Length).ToArray();

    /// <summary>Single-word stems by their text, for prefix lookups.</summary>
    public static readonly Dictionary<string, (string Predicate, string? Language)[]> WordStems = PredicateStems
        .Where(s => !s.Stem.Contains(' ') && !s.Stem.Contains('-') && !s.Stem.Contains('\''))
        .GroupBy(s => s.Stem, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(s => (s.Predicate, s.Language)).ToArray(), StringComparer.Ordinal);

    public static readonly int MinStemLength = WordStems.Keys.Min(k => k.Length);
    public static readonly int MaxStemLength = WordStems.Keys.Max(k => k.Length);

    /// <summary>Multi-word stems by their first word.</summary>
    public static readonly Dictionary<string, (string Phrase, string Predicate, string? Language)[]> PhraseStemsByFirstWord = PredicateStems
        .Where(s => s.Stem.Contains(' ') || s.Stem.Contains('-') || s.Stem.Contains('\''))
        .GroupBy(s => s.Stem.Split(' ', '-', '\'')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(s => (s.Stem, s.Predicate, s.Language)).ToArray(), StringComparer.Ordinal);

    /// <summary>Words a stem would wrongly catch ("parlement" is not talking, "signal" is not signing).</summary>
    public static readonly HashSet<string> NotPredicates = new(StringComparer.Ordinal)
    {
        "parlement", "parlementaire", "parlementaires", "signal", "signaux", "signaler", "signale", "significant", "significantly", "signifie", "signification",
        "commercial", "commerciale", "commerciaux", "used", "user", "users", "useful", "usefully", "meeting", "meetings", "supporters", "attendant", "attendait",
        "attendu", "attendue", "attendre", "attendent", "sentiment", "sentence", "sending", "metro", "methode", "metal", "meta", "metre", "metres", "mettre", "met", "aides",
        "importance", "important", "importante", "importants", "importantes", "employe", "employes", "oppose", "helpful", "defendu", "envoye",
        "defense", "defenses", "retire", "echanges", "traded", "trades", "export", "import", "accusations",
    };

    /// <summary>Exceptions above that are still predicates in the language they are ambiguous in.</summary>
    public static readonly Dictionary<string, (string Predicate, string Language)> LanguageSpecific = new(StringComparer.Ordinal)
    {
        ["met"] = ("meet", "en"), ["meeting"] = ("meet", "en"), ["meetings"] = ("meet", "en"), ["used"] = ("use", "en"), ["oppose"] = ("oppose", "en"),
        ["defense"] = ("defend", "en"), ["retire"] = ("withdraw", "fr"), ["echanges"] = ("trade", "fr"), ["traded"] = ("trade", "en"), ["trades"] = ("trade", "en"),
        ["export"] = ("export", "en"), ["import"] = ("import", "en"), ["envoye"] = ("deliver", "fr"), ["defendu"] = ("defend", "fr"), ["aides"] = ("help", "fr"),
        ["accusations"] = ("accuse", "en"),
    };

    /// <summary>Words that carry the speaker's stance toward the action, with the modality they give it.</summary>
    public static readonly Dictionary<string, Modality> ModalWords = new(StringComparer.Ordinal)
    {
        ["veut"] = Modality.Wants, ["veulent"] = Modality.Wants, ["voulait"] = Modality.Wants, ["voulaient"] = Modality.Wants, ["voudrait"] = Modality.Wants,
        ["voudraient"] = Modality.Wants, ["vouloir"] = Modality.Wants, ["veux"] = Modality.Wants, ["voulons"] = Modality.Wants, ["souhaite"] = Modality.Wants,
        ["souhaitent"] = Modality.Wants, ["souhaiterait"] = Modality.Wants, ["souhaitait"] = Modality.Wants, ["desire"] = Modality.Wants, ["espere"] = Modality.Wants,
        ["want"] = Modality.Wants, ["wants"] = Modality.Wants, ["wanted"] = Modality.Wants, ["wish"] = Modality.Wants, ["wishes"] = Modality.Wants,
        ["hopes"] = Modality.Wants, ["hope"] = Modality.Wants, ["eager"] = Modality.Wants, ["seeks"] = Modality.Wants, ["cherche"] = Modality.Wants,
        ["intention"] = Modality.Intends, ["intentions"] = Modality.Intends, ["intend"] = Modality.Intends, ["intends"] = Modality.Intends, ["intended"] = Modality.Intends,
        ["compte"] = Modality.Intends, ["comptent"] = Modality.Intends, ["prevoit"] = Modality.Intends, ["prevoient"] = Modality.Intends, ["prevoyait"] = Modality.Intends,
        ["prevu"] = Modality.Intends, ["prevue"] = Modality.Intends, ["plan"] = Modality.Intends, ["plans"] = Modality.Intends, ["planned"] = Modality.Intends,
        ["planning"] = Modality.Intends, ["projette"] = Modality.Intends, ["pret"] = Modality.Intends, ["prete"] = Modality.Intends, ["prets"] = Modality.Intends,
        ["ready"] = Modality.Intends, ["prepared"] = Modality.Intends, ["going"] = Modality.Intends, ["determined"] = Modality.Intends, ["determine"] = Modality.Intends,
        ["envisage"] = Modality.Considers, ["envisagent"] = Modality.Considers, ["envisagerait"] = Modality.Considers, ["envisageait"] = Modality.Considers,
        ["envisager"] = Modality.Considers, ["considere"] = Modality.Considers, ["considers"] = Modality.Considers, ["considering"] = Modality.Considers,
        ["consider"] = Modality.Considers, ["weighing"] = Modality.Considers, ["reflechit"] = Modality.Considers, ["mulling"] = Modality.Considers, ["open"] = Modality.Considers,
        ["dement"] = Modality.Denies, ["dementi"] = Modality.Denies, ["dementent"] = Modality.Denies, ["nie"] = Modality.Denies, ["nient"] = Modality.Denies,
        ["denies"] = Modality.Denies, ["denied"] = Modality.Denies, ["deny"] = Modality.Denies, ["refute"] = Modality.Denies, ["contests"] = Modality.Denies,
        ["si"] = Modality.Conditional, ["if"] = Modality.Conditional, ["unless"] = Modality.Conditional, ["would"] = Modality.Conditional, ["could"] = Modality.Conditional,
        ["pourrait"] = Modality.Conditional, ["pourraient"] = Modality.Conditional, ["serait"] = Modality.Conditional, ["seraient"] = Modality.Conditional,
        ["rencontrerais"] = Modality.Conditional, ["rencontrerait"] = Modality.Conditional, ["might"] = Modality.Conditional, ["condition"] = Modality.Conditional,
    };

    /// <summary>Words that negate the clause they stand in (French "ne" needs its partner; see the parser).</summary>
    public static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "pas", "jamais", "aucun", "aucune", "rien", "guere", "not", "never", "no", "cannot", "neither", "nor", "nobody", "none", "sans", "without",
    };

    /// <summary>Verbs that negate the action they govern without a negation word ("refuse de venir").</summary>
    public static readonly HashSet<string> ImplicitNegators = new(StringComparer.Ordinal)
    {
        "refuse", "refusent", "refusait", "refuser", "refused", "refuses", "renonce", "renoncer", "renonceront", "declined", "declines", "decline", "absence", "absent",
        "boycott", "boycotte", "boycotter", "boycotts", "skip", "skips", "manquera",
    };

    /// <summary>Countries and organizations that act in claims, folded surface → id.</summary>
    public static readonly (string Surface, string Id)[] Actors = new (string, string)[]
    {
        ("russie", "russia"), ("russia", "russia"), ("moscou", "russia"), ("moscow", "russia"), ("kremlin", "russia"),
        ("chine", "china"), ("china", "china"), ("pekin", "china"), ("beijing", "china"),
        ("etats unis", "united-states"), ("etats-unis", "united-states"), ("united states", "united-states"), ("washington", "united-states"),
        ("maison blanche", "united-states"), ("white house", "united-states"), ("usa", "united-states"), ("americains", "united-states"),
        ("ukraine", "ukraine"), ("kiev", "ukraine"), ("kyiv", "ukraine"), ("ukrainiens", "ukraine"),
        ("otan", "nato"), ("nato", "nato"), ("alliance atlantique", "nato"),
        ("union europeenne", "european-union"), ("european union", "european-union"), ("ue", "european-union"),
        ("occidentaux", "the-west"), ("occident", "the-west"), ("the west", "the-west"),
        ("taiwan", "taiwan"), ("inde", "india"), ("india", "india"), ("iran", "iran"), ("kazakhstan", "kazakhstan"), ("ouzbekistan", "uzbekistan"),
        ("france", "france"), ("allemagne", "germany"), ("germany", "germany"), ("royaume uni", "united-kingdom"), ("united kingdom", "united-kingdom"),
        ("g7", "g7"), ("onu", "united-nations"), ("nations unies", "united-nations"), ("united nations", "united-nations"),
    };

    /// <summary><see cref="Actors"/> by their first folded word, in the order listed.</summary>
    public static readonly Dictionary<string, (string Surface, string Id)[]> ActorsByFirstWord = Actors
        .GroupBy(a => a.Surface.Split(' ', '-')[0], StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    public static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "je", "j", "nous", "i", "we", "me", "moi" };

    public static readonly HashSet<string> TradeWords = new(StringComparer.Ordinal)
    {
        "commerce", "commercial", "commerciale", "commerciaux", "echanges", "echange", "trade", "affaires", "exportations", "importations", "exports", "imports", "bilateral",
    };
}
