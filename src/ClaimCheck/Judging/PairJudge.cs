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
    string RulesVersion)
{
    /// <summary>Worth a reviewer's time: a contradiction, or a change of position they should see explained.</summary>
    public bool ShouldFlag => Label is PairLabels.Contradiction or PairLabels.Superseded;

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
/// otherwise the model's most likely class decides. The score is the chance the pair is in conflict:
/// the model's contradiction probability combined (noisy-OR) with the strength of every conflict rule that fired.
/// Thread-safe: it holds no mutable state.
/// </summary>
public sealed class PairJudge(PairClassifier classifier, StatementFrameReader? frameReader = null)
{
    /// <summary>How much a fired rule alone is trusted; conflict rules are written to be precise.</summary>
    private static readonly IReadOnlyDictionary<string, double> RuleStrength = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [RuleIds.PolarityConflict] = 0.8,
        [RuleIds.ModalityConflict] = 0.7,
        [RuleIds.ParticipationConflict] = 0.8,
        [RuleIds.NumericConflict] = 0.75,
        [RuleIds.AttributionConflict] = 0.8,
        [RuleIds.AlteredQuote] = 0.7,
        [RuleIds.HeadlineBody] = 0.5,
        [RuleIds.Superseded] = 0.0,
    };

    public string ModelVersion => classifier.ModelVersion;

    public static string RulesVersion => RuleIds.RulesVersion;

    /// <summary>Judges two stored claims (frames, speakers, dates and kinds all count).</summary>
    public PairJudgement Judge(JudgedClaim first, JudgedClaim second)
    {
        var (earlier, later) = ClaimRules.Order(first, second);
        var fired = ClaimRules.Evaluate(earlier, later);
        var features = PairFeatures.Compute(earlier.Text, later.Text, null, fired);
        return Decide(features, fired);
    }

    /// <summary>Judges two free statements, as the judge-pairs command does: no speakers, no dates, frames read when a reader is given.</summary>
    public PairJudgement JudgeStatements(string premise, string hypothesis, string? language)
    {
        var fired = PairFeatureExtraction.RulesForStatements(premise, hypothesis, language, frameReader);
        var features = PairFeatures.Compute(premise, hypothesis, language, fired);
        return Decide(features, fired);
    }

    /// <summary>Recomputes a recorded judgement from its recorded features and reasons: same model version, same score.</summary>
    public PairJudgement Rejudge(IReadOnlyDictionary<string, float> recordedFeatures, IReadOnlyList<FiredRule> recordedReasons) =>
        Decide(PairFeatures.FromDictionary(recordedFeatures), recordedReasons);

    private PairJudgement Decide(float[] features, IReadOnlyList<FiredRule> fired)
    {
        var scores = classifier.Score(features);
        var notConflict = 1 - scores.Contradiction;
        foreach (var rule in fired)
            if (RuleStrength.TryGetValue(rule.RuleId, out var strength)) notConflict *= 1 - strength;
        var score = Math.Round(1 - notConflict, 6);

        var conflictRuleFired = fired.Any(r => RuleStrength.TryGetValue(r.RuleId, out var s) && s > 0);
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
            RuleIds.RulesVersion);
    }
}
