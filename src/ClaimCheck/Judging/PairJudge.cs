using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>Reads a free sentence into a frame (the extraction slice's parser), or null when it cannot.</summary>
public delegate ClaimFrame? StatementFrameReader(string sentence, string? language);

/// <summary>
/// The verdict on one pair, with everything needed to explain and to recompute it: the rules that fired,
/// the model's probabilities, the exact features, the features that pushed the verdict, and both versions.
/// </summary>
public sealed record PairJudgement(
    string Label,
    double Score,
    IReadOnlyList<FiredRule> Reasons,
    PairScores ModelScores,
    IReadOnlyDictionary<string, float> Features,
    IReadOnlyList<FeatureContribution> TopContributions,
    string ModelVersion,
    string RulesVersion,
    double FlagThreshold = 0)
{
    /// <summary>At least one reason is a conflict a reviewer can check in the words.</summary>
    public bool HasEvidence => Reasons.Any(r => EvidenceIds.IsConflict(r.RuleId));

    /// <summary>
    /// Worth a reviewer's time: a contradiction or a change of position, backed by at least one conflict a reviewer
    /// can check in the words (a rule on the frames of two statements about the same thing, or a surface conflict
    /// between aligned statements). The model's probability alone never opens a case: on real news nearly every
    /// model-only "contradiction" is two unrelated statements.
    /// </summary>
    public bool ShouldFlag => Label is PairLabels.Contradiction or PairLabels.Superseded && HasEvidence && Score >= FlagThreshold;

    public ContradictionFlagged ToFlag(Guid caseId, JudgedClaim first, JudgedClaim second, DateTimeOffset judgedAt) => new(
        caseId,
        first.ClaimId,
        second.ClaimId,
        first.ArticleId,
        second.ArticleId,
        new[] { first.SpeakerId ?? first.Frame.Subject, second.SpeakerId ?? second.Frame.Subject }
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        Label,
        Score,
        Reasons,
        ModelScores.ToDictionary(),
        Features,
        ModelVersion,
        RulesVersion,
        judgedAt);
}

/// <summary>
/// Combines the rules and the classifier. Rules are precise but narrow; the model generalizes from text.
/// A conflict rule makes the pair a contradiction (a superseding intention makes it "superseded");
/// otherwise the model's most likely class decides. The score is the model's probability that the pair is a
/// contradiction, with every fired rule and surface conflict among its features (calibration measured on dev by
/// <c>claimcheck train</c>); a pair is flagged only with evidence and a score at or above the flag threshold.
/// Thread-safe: it holds no mutable state.
/// </summary>
public sealed class PairJudge(PairClassifier classifier, StatementFrameReader? frameReader = null, double flagThreshold = PairJudge.DefaultFlagThreshold)
{
    /// <summary>
    /// The score a pair with evidence must reach to be flagged: the value <c>claimcheck train</c> chose on dev for
    /// precision ≥ 0.8 (<see cref="Judging.FlagThreshold"/>), recorded in models/pair-classifier.json; a test keeps the two equal.
    /// </summary>
    public const double DefaultFlagThreshold = 0.54;

    public double FlagThreshold => flagThreshold;

    /// <summary>
    /// How often a pair showing each conflict is a contradiction: measured by <c>claimcheck train</c> on the training
    /// pairs (Laplace-smoothed, printed and recorded in the model card as evidencePrecision) and copied here; a test
    /// recomputes them from the corpus and fails when they drift. Only pairs nobody built to contain the conflict count
    /// (RTE3-FR, STS-B, the hand-written pairs): on derived pairs every edit is a contradiction by construction. A
    /// conflict that never fired there gets the prior 0.5. Headline-body and superseded qualify a conflict and
    /// add nothing themselves.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, double> EvidencePrecision = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [RuleIds.PolarityConflict] = 0.80,
        [RuleIds.ModalityConflict] = 0.50,
        [RuleIds.ParticipationConflict] = 0.65,
        [RuleIds.NumericConflict] = 0.50,
        [RuleIds.AttributionConflict] = 0.50,
        [RuleIds.AlteredQuote] = 0.50,
        [EvidenceIds.Negation] = 0.50,
        [EvidenceIds.Antonym] = 0.80,
        [EvidenceIds.Number] = 0.60,
        [EvidenceIds.Date] = 0.65,
        [EvidenceIds.Entity] = 0.10,
    };


    public string ModelVersion => classifier.ModelVersion;

    public static string RulesVersion => EvidenceIds.Version;

    /// <summary>Judges two stored claims (frames, speakers, dates and kinds all count).</summary>
    public PairJudgement Judge(JudgedClaim first, JudgedClaim second)
    {
        var (earlier, later) = ClaimRules.Order(first, second);
        var comparison = ClaimComparison.Compare(Statement(earlier), Statement(later), null, earlier.SpeakerId, later.SpeakerId);
        // Within one article only the headline is judged against the body: two body statements of one article are the
        // reporting of a debate (one side's claim and the other's reply), not two reports in conflict.
        var fired = earlier.ArticleId == later.ArticleId && earlier.Kind != QuoteKind.Headline && later.Kind != QuoteKind.Headline
            ? []
            : WithEvidence(ClaimRules.Evaluate(earlier, later), comparison, FramesAnchored(earlier, later, comparison));
        var features = PairFeatures.Compute(Statement(earlier), Statement(later), null, fired, comparison);
        return Decide(features, fired);
    }

    /// <summary>
    /// The frames are anchored in the text when both have the same (resolved) subject and the event or object one of
    /// them names is named in both statements: "il ne participerait pas au sommet du G20" (Putin, resolved from the
    /// pronoun) against "Poutine veut rencontrer Biden au G20".
    /// </summary>
    internal static bool FramesAnchored(JudgedClaim a, JudgedClaim b, ClaimComparison comparison) =>
        a.Frame.Subject is { } subject && string.Equals(subject, b.Frame.Subject, StringComparison.OrdinalIgnoreCase)
        && new[] { a.Frame.Object, a.Frame.Place, b.Frame.Object, b.Frame.Place }.OfType<string>()
            .SelectMany(ClaimRules.DistinctiveTokens).Any(comparison.SharedNames.Contains);

    /// <summary>
    /// What a claim states, for aligning it with another: a partial or indirect quote is read in its sentence
    /// ("n'a pas l'intention" says nothing without "Joe Biden ... de parler avec Vladimir Poutine au G20").
    /// </summary>
    internal static string Statement(JudgedClaim claim) =>
        claim.Kind is QuoteKind.Partial or QuoteKind.Indirect && claim.Sentence.Length > claim.Text.Length ? claim.Sentence : claim.Text;

    /// <summary>
    /// Keeps the frame rules only for statements shown to be about the same thing (frames read from real text name
    /// subjects and predicates wrongly often enough to make unrelated sentences "the same frame"), except the quote
    /// identity rules, whose near-identical quoted words are their own evidence; adds the surface conflicts.
    /// </summary>
    internal static IReadOnlyList<FiredRule> WithEvidence(IReadOnlyList<FiredRule> frameRules, ClaimComparison comparison, bool framesAnchored = false)
    {
        var kept = comparison.SupportsFrameRules || framesAnchored
            ? frameRules.ToList()
            : frameRules.Where(r => r.RuleId is RuleIds.AttributionConflict or RuleIds.AlteredQuote).ToList();
        foreach (var signal in comparison.Signals)
            kept.Add(new FiredRule(EvidenceIds.Of(signal.Kind), signal.Reason));
        return kept;
    }

    /// <summary>Judges two free statements, as the judge-pairs command does: no speakers, no dates, frames read when a reader is given.</summary>
    public PairJudgement JudgeStatements(string premise, string hypothesis, string? language)
    {
        var comparison = ClaimComparison.Compare(premise, hypothesis, language);
        var fired = PairFeatureExtraction.EvidenceForStatements(premise, hypothesis, language, frameReader, comparison);
        var features = PairFeatures.Compute(premise, hypothesis, language, fired, comparison);
        return Decide(features, fired);
    }

    /// <summary>Recomputes a recorded judgement from its recorded features and reasons: same model version, same score.</summary>
    public PairJudgement Rejudge(IReadOnlyDictionary<string, float> recordedFeatures, IReadOnlyList<FiredRule> recordedReasons) =>
        Decide(PairFeatures.FromDictionary(recordedFeatures), recordedReasons);

    private PairJudgement Decide(float[] features, IReadOnlyList<FiredRule> fired)
    {
        var scores = classifier.Score(features);
        // Independent evidence combined (noisy-OR): the model's contradiction probability and, for each conflict that
        // fired, the share of labelled pairs with that conflict that are contradictions (its measured precision).
        var notConflict = 1 - scores.Contradiction;
        foreach (var rule in fired)
            if (EvidencePrecision.TryGetValue(rule.RuleId, out var precision)) notConflict *= 1 - precision;
        var score = Math.Round(1 - notConflict, 6);

        var conflictRuleFired = fired.Any(r => EvidenceIds.IsConflict(r.RuleId));
        var label = fired.Any(r => r.RuleId == RuleIds.Superseded) ? PairLabels.Superseded
            : conflictRuleFired ? PairLabels.Contradiction
            : scores.MostLikely;
        var explainedClass = label == PairLabels.Superseded ? PairLabels.Contradiction : label;
        return new PairJudgement(
            label,
            score,
            fired,
            scores,
            PairFeatures.ToDictionary(features),
            classifier.TopContributions(features, explainedClass, 5),
            classifier.ModelVersion,
            EvidenceIds.Version,
            flagThreshold);
    }
}

/// <summary>
/// Ids of the surface conflicts <see cref="ClaimComparison"/> finds between aligned statements, recorded among a
/// judgement's reasons beside the frame rules (they are not model features).
/// </summary>
public static class EvidenceIds
{
    public const string Negation = "aligned-negation/1";
    public const string Antonym = "aligned-antonym/1";
    public const string Number = "aligned-number/1";
    public const string Date = "aligned-date/1";
    public const string Entity = "aligned-entity/1";

    public static readonly IReadOnlyList<string> All = [Negation, Antonym, Number, Date, Entity];

    /// <summary>The version of the evidence rules together with the frame rules, recorded with every judgement.</summary>
    public static readonly string Version = RuleIds.RulesVersion + ";evidence:" + string.Join(",", All) + ";topical:" +
        ClaimComparison.TopicalCoverage.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" + ClaimComparison.TopicalAlignedWords;

    public static string Of(string kind) => kind switch
    {
        "negation" => Negation,
        "antonym" => Antonym,
        "number" => Number,
        "date" => Date,
        "entity" => Entity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown conflict signal"),
    };

    /// <summary>A reason that is itself a conflict: every frame rule but the two that only qualify one (headline-body, superseded), and every surface conflict.</summary>
    public static bool IsConflict(string ruleId) =>
        ruleId is not (RuleIds.HeadlineBody or RuleIds.Superseded) && (RuleIds.All.Contains(ruleId) || All.Contains(ruleId));
}
