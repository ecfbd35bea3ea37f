using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Judging;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Review;

/// <summary>
/// Why the judge flagged a case, as its latest recorded judgement says: label, score, rules with reasons, the model's
/// probabilities, and the features that pushed the model most. Contributions are not stored; they are recomputed from
/// the recorded features by the loaded model, which explains the recorded scores only when it is the recorded version
/// (<see cref="ExplainedByRecordedModel"/>).
/// </summary>
public sealed record CaseJudgementView(
    Guid CaseId,
    string Label,
    double Score,
    IReadOnlyList<FiredRule> Reasons,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyList<FeatureContribution> TopContributions,
    string ModelVersion,
    string RulesVersion,
    DateTimeOffset JudgedAt,
    string LoadedModelVersion,
    bool ExplainedByRecordedModel);

public static class CaseJudgementEndpoint
{
    [WolverineGet("/api/cases/{id}/judgement")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [Tags("Cases")]
    [EndpointSummary("The judge's latest recorded judgement of a flagged case, with the model's top feature contributions.")]
    [ProducesResponseType<CaseJudgementView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(Guid id, IQuerySession session, StoreResilience resilience, PairJudge judge, CancellationToken cancellation)
    {
        var events = await resilience.ExecuteAsync(async token => await session.Events.FetchStreamAsync(id, token: token), cancellation);
        if (events.Count == 0) return Problems.NotFound("case", id);
        var latest = events.Select(e => e.Data switch
        {
            ContradictionFlagged f => new CaseJudgementView(id, f.Label, f.Score, f.Reasons, f.Probabilities,
                Explain(judge, f.Features, f.Reasons), f.ModelVersion, f.RulesVersion, f.JudgedAt, judge.ModelVersion, f.ModelVersion == judge.ModelVersion),
            PairRejudged r => new CaseJudgementView(id, r.Label, r.Score, r.Reasons, r.Probabilities,
                Explain(judge, r.Features, r.Reasons), r.ModelVersion, r.RulesVersion, r.JudgedAt, judge.ModelVersion, r.ModelVersion == judge.ModelVersion),
            _ => null,
        }).LastOrDefault(j => j is not null);
        return latest is null
            ? Problems.Create(StatusCodes.Status404NotFound, "No judgement", $"Case {id} was opened by hand; the judge has not judged it.")
            : Results.Ok(latest);
    }

    private static IReadOnlyList<FeatureContribution> Explain(
        PairJudge judge, IReadOnlyDictionary<string, float> features, IReadOnlyList<FiredRule> reasons) =>
        judge.Rejudge(features, reasons).TopContributions;
}
