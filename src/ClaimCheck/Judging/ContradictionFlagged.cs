namespace ClaimCheck.Judging;

/// <summary>A rule that fired on a claim pair, with a reason a reviewer can check.</summary>
public sealed record FiredRule(string RuleId, string Reason);

/// <summary>
/// The judge found a pair of claims worth a human look. Opens a case stream (the stream id is <see cref="CaseId"/>).
/// Carries the exact inputs (features, model and rules versions) so the judgement can be recomputed later.
/// </summary>
public sealed record ContradictionFlagged(
    Guid CaseId,
    Guid FirstClaimId,
    Guid SecondClaimId,
    Guid FirstArticleId,
    Guid SecondArticleId,
    IReadOnlyList<string> SpeakerIds,
    string Label,
    double Score,
    IReadOnlyList<FiredRule> Reasons,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyDictionary<string, float> Features,
    string ModelVersion,
    string RulesVersion,
    DateTimeOffset JudgedAt);

/// <summary>
/// The judge looked at a flagged pair again with another model or rules version. Appended to the case
/// stream; the judgement that opened the case is never rewritten.
/// </summary>
public sealed record PairRejudged(
    Guid CaseId,
    string Label,
    double Score,
    IReadOnlyList<FiredRule> Reasons,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyDictionary<string, float> Features,
    string ModelVersion,
    string RulesVersion,
    DateTimeOffset JudgedAt);
