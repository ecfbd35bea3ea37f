using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimCheck.Api.Health;

/// <summary>Ready means the event store answers a query within the check's time budget.</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellation = default)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            await using var session = store.QuerySession();
            await session.QueryAsync<int>("select 1", timeout.Token);
            return HealthCheckResult.Healthy("The event store answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The event store does not answer.", e);
        }
    }
}
