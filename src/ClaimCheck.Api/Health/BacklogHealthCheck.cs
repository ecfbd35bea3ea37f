using ClaimCheck.Api.Operations;
using ClaimCheck.Extraction;
using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimCheck.Api.Health;

/// <summary>Thresholds above which work left undone makes the service degraded; bound from "Health".</summary>
public sealed class BacklogThresholds
{
    public int MaxDeadLetters { get; init; } = 0;

    public int MaxPendingExtractions { get; init; } = 100;
}

/// <summary>
/// Degraded, not unhealthy, when messages were dead-lettered or articles wait for extraction: the service still
/// answers, but someone should look (GET /api/admin/dead-letters, claimcheck reextract --failed).
/// </summary>
public sealed class BacklogHealthCheck(IDocumentStore store, DeadLetterInbox deadLetters, BacklogThresholds thresholds) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellation = default)
    {
        try
        {
            await using var session = store.QuerySession();
            var pending = await session.Query<ArticleQuotes>().CountAsync(a => a.ExtractorVersion == null && a.Failure == null, cancellation);
            var failed = await session.Query<ArticleQuotes>().CountAsync(a => a.Failure != null, cancellation);
            var dead = await deadLetters.CountAsync(cancellation);
            var data = new Dictionary<string, object> { ["deadLetters"] = dead, ["pendingExtractions"] = pending, ["failedExtractions"] = failed };
            var description = $"{dead} dead letters, {pending} articles waiting for extraction, {failed} failed extractions.";
            return dead > thresholds.MaxDeadLetters || pending > thresholds.MaxPendingExtractions
                ? HealthCheckResult.Degraded(description, data: data)
                : HealthCheckResult.Healthy(description, data);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            return HealthCheckResult.Degraded("The backlog could not be counted.", e);
        }
    }
}
