using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>Stable ids of the rules; the number after the slash changes whenever a rule's behaviour changes.</summary>
public static class RuleIds
{
    public const string PolarityConflict = "polarity-conflict/1";
    public const string ModalityConflict = "modality-conflict/1";
    public const string ParticipationConflict = "participation-conflict/1";
    public const string NumericConflict = "numeric-conflict/1";
    public const string AttributionConflict = "attribution-conflict/1";
    public const string AlteredQuote = "altered-quote/1";
    public const string HeadlineBody = "headline-body/1";
    public const string Superseded = "superseded/1";

    /// <summary>Every rule, in the order they run and appear as features.</summary>
    public static readonly IReadOnlyList<string> All =
        [PolarityConflict, ModalityConflict, ParticipationConflict, NumericConflict, AttributionConflict, AlteredQuote, HeadlineBody, Superseded];

    /// <summary>Identifies the rule set recorded with every judgement; it changes when any rule id changes.</summary>
    public static readonly string RulesVersion = "rules:" + string.Join(",", All);
}

/// <summary>
/// Deterministic rules over two claims' frames. Each returns a reason built from the claims themselves,
/// so a reviewer can check it without the model.
/// </summary>
public static class ClaimRules
{
    /// <summary>Relative difference under which two figures count as the same ("plus de 140 milliards" vs "140 milliards").</summary>
    public const double NumericTolerance = 0.05;

    /// <summary>An intention and a contrary later decision this far apart are a change of position, not a contradiction.</summary>
    public static readonly TimeSpan SupersedingGap = TimeSpan.FromDays(7);

    public static IReadOnlyList<FiredRule> Evaluate(JudgedClaim first, JudgedClaim second)
    {
        // Rules reason about "earlier" and "later"; ordering here keeps the result independent of argument order.
        var (earlier, later) = Order(first, second);
        var fired = new List<FiredRule>();
        var conflict = false;

        if (PolarityConflict(earlier, later) is { } polarity) { fired.Add(polarity); conflict = true; }
        if (ModalityConflict(earlier, later) is { } modality) { fired.Add(modality); conflict = true; }
        if (ParticipationConflict(earlier, later) is { } participation) { fired.Add(participation); conflict = true; }
        if (NumericConflict(earlier, later) is { } numeric) fired.Add(numeric);
        if (AttributionConflict(earlier, later) is { } attribution) fired.Add(attribution);
        if (AlteredQuote(earlier, later) is { } altered) fired.Add(altered);
        if (conflict && HeadlineBody(earlier, later) is { } headline) fired.Add(headline);
        if (conflict && Superseded(earlier, later) is { } superseded) fired.Add(superseded);
        return fired;
    }

    public static (JudgedClaim Earlier, JudgedClaim Later) Order(JudgedClaim a, JudgedClaim b)
    {
        var byDate = a.PublishedAt.CompareTo(b.PublishedAt);
        if (byDate != 0) return byDate < 0 ? (a, b) : (b, a);
        // Same publication time: headline first, then by id, so the order never depends on the caller.
        if (a.Kind == QuoteKind.Headline && b.Kind != QuoteKind.Headline) return (a, b);
        if (b.Kind == QuoteKind.Headline && a.Kind != QuoteKind.Headline) return (b, a);
        return a.ClaimId.CompareTo(b.ClaimId) <= 0 ? (a, b) : (b, a);
    }

    /// <summary>Same people, related predicates, opposite polarity: "veut rencontrer Biden" against "n'a pas l'intention de parler avec Poutine".</summary>
    public static FiredRule? PolarityConflict(JudgedClaim a, JudgedClaim b)
    {
        if (a.Frame.Polarity == b.Frame.Polarity || !SameFrame(a.Frame, b.Frame)) return null;
        var (affirmed, negated) = a.Frame.Polarity == Polarity.Affirmed ? (a, b) : (b, a);
        return new FiredRule(RuleIds.PolarityConflict,
            $"{Describe(affirmed.Frame)} is affirmed in “{Clip(affirmed.Text)}” but negated in “{Clip(negated.Text)}”" +
            (affirmed.Frame.Predicate.Equals(negated.Frame.Predicate, StringComparison.OrdinalIgnoreCase)
                ? "."
                : $" ({affirmed.Frame.Predicate} and {negated.Frame.Predicate} are related predicates)."));
    }

    /// <summary>Same frame and polarity, but one side denies what the other asserts or intends.</summary>
    public static FiredRule? ModalityConflict(JudgedClaim a, JudgedClaim b)
    {
        if (a.Frame.Polarity != b.Frame.Polarity || !SameFrame(a.Frame, b.Frame)) return null;
        var aDenies = a.Frame.Modality == Modality.Denies;
        var bDenies = b.Frame.Modality == Modality.Denies;
        if (aDenies == bDenies) return null;
        var (denying, other) = aDenies ? (a, b) : (b, a);
        return new FiredRule(RuleIds.ModalityConflict,
            $"{Describe(other.Frame)} is {Verb(other.Frame.Modality)} in “{Clip(other.Text)}” but denied in “{Clip(denying.Text)}”.");
    }

    /// <summary>"X will not attend E" against "X meets Y at E" (or "X attends E").</summary>
    public static FiredRule? ParticipationConflict(JudgedClaim a, JudgedClaim b)
    {
        return Check(a, b) ?? Check(b, a);

        static FiredRule? Check(JudgedClaim absence, JudgedClaim presence)
        {
            var absent = absence.Frame;
            var present = presence.Frame;
            if (!PredicateRelatedness.IsParticipation(absent.Predicate) || absent.Polarity != Polarity.Negated) return null;
            if (present.Polarity != Polarity.Affirmed || present.Modality == Modality.Denies) return null;
            // Presence is stated by taking part or by meeting someone there, not by any verb next to the event's name
            // ("Poutine ... est rayé du G20" is about the G20 without putting him there).
            if (!PredicateRelatedness.IsParticipation(present.Predicate) && !PredicateRelatedness.IsSymmetric(present.Predicate)) return null;
            var person = absent.Subject;
            if (person is null || !Involves(present, person)) return null;
            var eventName = absent.Object ?? absent.Place;
            if (eventName is null) return null;
            var presentAt = PredicateRelatedness.IsParticipation(present.Predicate) ? present.Object ?? present.Place : present.Place;
            if (presentAt is null || !SamePlace(eventName, presentAt)) return null;
            return new FiredRule(RuleIds.ParticipationConflict,
                $"{person} will not {absent.Predicate} {eventName} according to “{Clip(absence.Text)}”, " +
                $"yet “{Clip(presence.Text)}” has {person} {present.Predicate} {(present.Object is { } o && !SamePlace(o, presentAt) ? o + " " : "")}at {presentAt}.");
        }
    }

    /// <summary>The same quantity (same subject, related predicate, unit and period, same speaker for targets) with values beyond tolerance.</summary>
    public static FiredRule? NumericConflict(JudgedClaim a, JudgedClaim b)
    {
        if (!SameFrame(a.Frame, b.Frame)) return null;
        // A target (wanted, intended, considered) is a different quantity from a reported figure.
        if (IsIntention(a.Frame.Modality) != IsIntention(b.Frame.Modality)) return null;
        // Different people proposing different targets disagree about the future; neither statement is false.
        if (IsIntention(a.Frame.Modality) && !SameSpeaker(a, b)) return null;
        if (a.Frame.Time.Count > 0 && b.Frame.Time.Count > 0 && !a.Frame.Time.Intersect(b.Frame.Time, StringComparer.OrdinalIgnoreCase).Any()) return null;
        foreach (var x in a.Frame.Numbers)
        {
            var comparable = b.Frame.Numbers.Where(y => SameQuantityKind(x, y)).ToList();
            if (comparable.Count == 0 || comparable.Any(y => TextNumbers.SameValue(x.Value, y.Value, NumericTolerance))) continue;
            var y = comparable[0];
            return new FiredRule(RuleIds.NumericConflict,
                $"{Describe(a.Frame)}: “{x.Surface}” ({x.Value:G4} {x.Unit}) in “{Clip(a.Text)}” against “{y.Surface}” ({y.Value:G4} {y.Unit}) in “{Clip(b.Text)}”, " +
                $"a difference of {Math.Abs(x.Value - y.Value) / Math.Max(Math.Abs(x.Value), Math.Abs(y.Value)):P0} (tolerance {NumericTolerance:P0}).");
        }
        return null;
    }

    /// <summary>The same or nearly the same quoted words attributed to two different people.</summary>
    public static FiredRule? AttributionConflict(JudgedClaim a, JudgedClaim b)
    {
        if (!IsQuote(a) || !IsQuote(b) || a.SpeakerId is null || b.SpeakerId is null || SameSpeaker(a, b)) return null;
        var similarity = QuoteSimilarity(a.Text, b.Text, out var tokens);
        if (tokens < MinimumQuoteTokens || similarity < 0.8) return null;
        return new FiredRule(RuleIds.AttributionConflict,
            $"“{Clip(a.Text)}” is attributed to {a.SpeakerId} in one article and to {b.SpeakerId} in another ({similarity:P0} of the words shared).");
    }

    /// <summary>A quote reproduced with changed words by the same speaker, above all an added or dropped negation.</summary>
    public static FiredRule? AlteredQuote(JudgedClaim a, JudgedClaim b)
    {
        if (!IsQuote(a) || !IsQuote(b) || (a.SpeakerId is not null && b.SpeakerId is not null && !SameSpeaker(a, b))) return null;
        var aTokens = JudgingLexicon.Tokenize(a.Text);
        var bTokens = JudgingLexicon.Tokenize(b.Text);
        if (aTokens.SequenceEqual(bTokens)) return null;
        var similarity = QuoteSimilarity(a.Text, b.Text, out var tokens);
        if (tokens < MinimumQuoteTokens || similarity < 0.6) return null;
        var negationChanged = JudgingLexicon.HasNegation(aTokens) != JudgingLexicon.HasNegation(bTokens);
        // Small wording drift between translations is normal; only a negation change or a real rewrite matters.
        if (!negationChanged && similarity >= 0.9) return null;
        var speaker = a.SpeakerId ?? b.SpeakerId ?? "the same speaker";
        var added = bTokens.Except(aTokens).Take(5).ToList();
        var dropped = aTokens.Except(bTokens).Take(5).ToList();
        return new FiredRule(RuleIds.AlteredQuote,
            $"The quote of {speaker} “{Clip(a.Text)}” reappears as “{Clip(b.Text)}”" +
            (negationChanged ? (JudgingLexicon.HasNegation(aTokens) ? ": its negation was dropped" : ": a negation was added") : "") +
            $" (words dropped: {Join(dropped)}; added: {Join(added)}).");
    }

    /// <summary>A headline that conflicts with a statement in its own body.</summary>
    public static FiredRule? HeadlineBody(JudgedClaim a, JudgedClaim b)
    {
        if (a.ArticleId != b.ArticleId || (a.Kind == QuoteKind.Headline) == (b.Kind == QuoteKind.Headline)) return null;
        var (headline, body) = a.Kind == QuoteKind.Headline ? (a, b) : (b, a);
        return new FiredRule(RuleIds.HeadlineBody,
            $"The headline “{Clip(headline.Text)}” is not supported by its own article, which says “{Clip(body.Sentence.Length > 0 ? body.Sentence : body.Text)}”.");
    }

    /// <summary>An earlier intention followed, at least a week later, by a contrary decision: a change of position.</summary>
    public static FiredRule? Superseded(JudgedClaim earlier, JudgedClaim later)
    {
        if (later.PublishedAt - earlier.PublishedAt < SupersedingGap) return null;
        if (!IsIntention(earlier.Frame.Modality) && earlier.Kind != QuoteKind.Headline) return null;
        if (IsIntention(later.Frame.Modality) && later.Frame.Polarity == Polarity.Affirmed) return null;
        var days = (int)Math.Round((later.PublishedAt - earlier.PublishedAt).TotalDays);
        return new FiredRule(RuleIds.Superseded,
            $"“{Clip(earlier.Text)}” ({earlier.PublishedAt:yyyy-MM-dd}) states an intention; “{Clip(later.Text)}” ({later.PublishedAt:yyyy-MM-dd}, {days} days later) " +
            "reports a contrary decision: a change of position over time rather than a contradiction.");
    }

    private const int MinimumQuoteTokens = 5;

    internal static bool SameFrame(ClaimFrame a, ClaimFrame b)
    {
        // A sentence whose verb the lexicon does not know has no predicate to compare: two such sentences about
        // the same subject are not the same statement, and treating them so flagged unrelated remarks.
        if (IsUnknownPredicate(a.Predicate) || IsUnknownPredicate(b.Predicate)) return false;
        if (!PredicateRelatedness.AreRelated(a.Predicate, b.Predicate)) return false;
        if (a.Subject is null || b.Subject is null) return false;
        if (Same(a.Subject, b.Subject)) return a.Object is null || b.Object is null || Same(a.Object, b.Object) || SamePlace(a.Object, b.Object);
        // "A meets B" and "B does not talk with A" concern the same encounter.
        return PredicateRelatedness.IsSymmetric(a.Predicate) && PredicateRelatedness.IsSymmetric(b.Predicate)
            && a.Object is not null && b.Object is not null && Same(a.Subject, b.Object) && Same(a.Object, b.Subject);
    }

    private static bool IsUnknownPredicate(string predicate) =>
        string.Equals(predicate, ClaimFrameParser.UnknownPredicate, StringComparison.OrdinalIgnoreCase);

    private static bool Involves(ClaimFrame frame, string person) =>
        Same(frame.Subject, person) || (PredicateRelatedness.IsSymmetric(frame.Predicate) && Same(frame.Object, person));

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool SameSpeaker(JudgedClaim a, JudgedClaim b) =>
        Same(a.SpeakerId ?? a.Frame.Subject, b.SpeakerId ?? b.Frame.Subject);

    private static bool SameQuantityKind(Quantity x, Quantity y) =>
        string.Equals(x.Unit, y.Unit, StringComparison.OrdinalIgnoreCase)
        && (x.Counts is null || y.Counts is null || string.Equals(x.Counts, y.Counts, StringComparison.OrdinalIgnoreCase));

    internal static bool IsIntention(Modality modality) => modality is Modality.Intends or Modality.Wants or Modality.Considers or Modality.Conditional;

    private static bool IsQuote(JudgedClaim claim) => claim.Kind is QuoteKind.Direct or QuoteKind.Partial;

    /// <summary>Place or event names match when they share a distinctive word ("le sommet du G20" and "G20 à Bali").</summary>
    internal static bool SamePlace(string a, string b)
    {
        var left = JudgingLexicon.Tokenize(a).Where(IsDistinctive).ToHashSet();
        return JudgingLexicon.Tokenize(b).Where(IsDistinctive).Any(left.Contains);
    }

    internal static IEnumerable<string> DistinctiveTokens(string name) => JudgingLexicon.Tokenize(name).Where(IsDistinctive).Distinct();

    private static bool IsDistinctive(string token) =>
        JudgingLexicon.IsContentToken(token) && token is not ("sommet" or "summit" or "reunion" or "meeting" or "conference");

    internal static double QuoteSimilarity(string a, string b, out int tokens)
    {
        var left = JudgingLexicon.Tokenize(a).ToHashSet();
        var right = JudgingLexicon.Tokenize(b).ToHashSet();
        tokens = Math.Min(left.Count, right.Count);
        if (left.Count == 0 || right.Count == 0) return 0;
        return (double)left.Intersect(right).Count() / left.Union(right).Count();
    }

    private static string Describe(ClaimFrame frame) =>
        $"{frame.Subject ?? "someone"} {frame.Predicate}{(frame.Object is null ? "" : " " + frame.Object)}{(frame.Place is null ? "" : " at " + frame.Place)}";

    private static string Verb(Modality modality) => modality switch
    {
        Modality.Intends => "intended",
        Modality.Wants => "wanted",
        Modality.Considers => "considered",
        Modality.Conditional => "conditionally stated",
        _ => "asserted",
    };

    private static string Join(IReadOnlyList<string> words) => words.Count == 0 ? "none" : string.Join(" ", words);

    internal static string Clip(string text) => text.Length <= 120 ? text.Trim() : text[..117].TrimEnd() + "...";
}
