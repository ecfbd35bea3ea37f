namespace ClaimCheck.Judging;

/// <summary>A flagged claim pair as listed for reviewers; one per case stream opened by the judge.</summary>
public sealed record FlagSummary(
    Guid Id,
    Guid FirstClaimId,
    Guid SecondClaimId,
    Guid FirstArticleId,
    Guid SecondArticleId,
    IReadOnlyList<string> SpeakerIds,
    string Label,
    double Score,
    IReadOnlyList<FiredRule> Reasons,
    IReadOnlyDictionary<string, double> Probabilities,
    string ModelVersion,
    string RulesVersion,
    DateTimeOffset JudgedAt)
{
    public static FlagSummary Create(ContradictionFlagged e) =>
        new(e.CaseId, e.FirstClaimId, e.SecondClaimId, e.FirstArticleId, e.SecondArticleId, e.SpeakerIds, e.Label, e.Score,
            e.Reasons, e.Probabilities, e.ModelVersion, e.RulesVersion, e.JudgedAt);

    public FlagSummary Apply(PairRejudged e) => this with
    {
        Label = e.Label,
        Score = e.Score,
        Reasons = e.Reasons,
        Probabilities = e.Probabilities,
        ModelVersion = e.ModelVersion,
        RulesVersion = e.RulesVersion,
        JudgedAt = e.JudgedAt,
    };
}
