using ClaimCheck.Judging;
using Marten;

namespace ClaimCheck.Api.Judging;

/// <summary>The latest recorded judgement of a case recomputed from its recorded inputs.</summary>
public sealed record JudgementReplayReport(
    Guid CaseId,
    string RecordedModelVersion,
    string LoadedModelVersion,
    string RecordedLabel,
    double RecordedScore,
    string? RecomputedLabel,
    double? RecomputedScore,
    string Outcome)
{
    public bool Identical => RecomputedScore == RecordedScore && RecomputedLabel == RecordedLabel;
}

/// <summary>
/// Recomputes a case's judgement from the features and rule reasons stored in its events with the model
/// loaded now. Only a model with the recorded version can reproduce it; another version is reported,
/// not silently compared.
/// </summary>
public sealed class JudgementReplay(IDocumentStore store, PairJudge judge)
{
    public async Task<JudgementReplayReport?> RunAsync(Guid caseId, CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var events = await session.Events.FetchStreamAsync(caseId, token: cancellation);
        var judgement = events.Select(e => e.Data switch
        {
            ContradictionFlagged f => new RecordedJudgement(f.Label, f.Score, f.Features, f.Reasons, f.ModelVersion),
            PairRejudged r => new RecordedJudgement(r.Label, r.Score, r.Features, r.Reasons, r.ModelVersion),
            _ => null,
        }).LastOrDefault(j => j is not null);
        if (judgement is null) return null;

        if (judgement.ModelVersion == QuoteVerification.Version)
        {
            // Quote verification uses no model: its decision is a function of the recorded word comparison.
            var label = QuoteVerification.Decide(judgement.Features);
            var score = label is null ? (double?)null : QuoteVerification.Score(judgement.Features);
            return new JudgementReplayReport(caseId, judgement.ModelVersion, QuoteVerification.Version, judgement.Label, judgement.Score,
                label, score, label == judgement.Label && score == judgement.Score ? "identical" : "DIFFERENT");
        }

        if (judgement.ModelVersion != judge.ModelVersion)
            return new JudgementReplayReport(caseId, judgement.ModelVersion, judge.ModelVersion, judgement.Label, judgement.Score, null, null,
                "The recorded model version is not the one loaded; load that model to recompute this judgement.");

        var recomputed = judge.Rejudge(judgement.Features, judgement.Reasons);
        var identical = recomputed.Score == judgement.Score && recomputed.Label == judgement.Label;
        return new JudgementReplayReport(caseId, judgement.ModelVersion, judge.ModelVersion, judgement.Label, judgement.Score,
            recomputed.Label, recomputed.Score, identical ? "identical" : "DIFFERENT");
    }

    private sealed record RecordedJudgement(
        string Label, double Score, IReadOnlyDictionary<string, float> Features, IReadOnlyList<FiredRule> Reasons, string ModelVersion);
}
