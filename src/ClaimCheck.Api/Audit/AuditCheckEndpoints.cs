using ClaimCheck.Access;
using ClaimCheck.Audit;
using ClaimCheck.Api.Resilience;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Audit;

/// <summary>A read model document that differs from its replay, named but not shown (user documents hold key hashes).</summary>
public sealed record ReplayDifferenceView(string ReadModel, Guid StreamId);

public sealed record ReplayCheckView(bool Matches, int StreamsChecked, int DocumentsCompared, IReadOnlyList<ReplayDifferenceView> Differences);

public sealed record ChainCheckView(
    bool Intact, int StreamsChecked, long EventsChecked, long TombstonesSkipped, IReadOnlyList<ChainVerification> Broken, DateTimeOffset CheckedAt);

/// <summary>
/// <c>claimcheck audit verify</c> and <c>claimcheck replay</c> over HTTP, for the auditor's page: the same
/// <see cref="EventChainAudit"/> and <see cref="ReadModelReplay"/> the command line runs.
/// </summary>
public static class AuditCheckEndpoints
{
    [WolverineGet("/api/audit/verify")]
    [Authorize(Policy = nameof(Permission.ExportAudit))]
    [Tags("Audit")]
    [EndpointSummary("Verify the tamper-evident hash chain of every stream (claimcheck audit verify); reports the first break of each broken stream.")]
    [ProducesResponseType<ChainCheckView>(StatusCodes.Status200OK)]
    public static async Task<ChainCheckView> Verify(EventChainAudit audit, StoreResilience resilience, TimeProvider clock, CancellationToken cancellation)
    {
        var report = await resilience.ExecuteAsync(async token => await audit.VerifyAsync(token), cancellation);
        return new ChainCheckView(report.IsIntact, report.StreamsChecked, report.EventsChecked, report.TombstonesSkipped, report.Broken, clock.GetUtcNow());
    }

    [WolverineGet("/api/audit/replay")]
    [Authorize(Policy = nameof(Permission.ExportAudit))]
    [Tags("Audit")]
    [EndpointSummary("Replay every stream through every stream-aggregated read model and name the stored documents that differ (claimcheck replay).")]
    [ProducesResponseType<ReplayCheckView>(StatusCodes.Status200OK)]
    public static async Task<ReplayCheckView> Replay(ReadModelReplay replay, StoreResilience resilience, CancellationToken cancellation)
    {
        var report = await resilience.ExecuteAsync(async token => await replay.RunAsync(token), cancellation);
        return new ReplayCheckView(report.Matches, report.StreamsChecked, report.DocumentsCompared,
            report.Differences.Select(d => new ReplayDifferenceView(d.ReadModel, d.StreamId)).ToList());
    }
}
