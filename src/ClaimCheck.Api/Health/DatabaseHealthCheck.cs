using ClaimCheck.Api.Resilience;
using Marten;
using Polly;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClaimCheck.Api.Health;

/// <summary>Ready means the event store answers a query within the check's time budget.</summary>
public sealed class DatabaseHealthCheck(IDocumentStore store) : IHealthCheck
{
    // A readiness probe must answer quickly: one short attempt, one retry.
    private static readonly ResiliencePipeline Probe = new ResiliencePipelineBuilder()
        .AddRetry(new() { ShouldHandle = new PredicateBuilder().Handle<Exception>(StoreResilience.IsTransient), MaxRetryAttempts = 1, Delay = TimeSpan.FromMilliseconds(100) })
        .AddTimeout(TimeSpan.FromSeconds(2))
        .Build();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellation = default)
    {
        try
        {
            await using var session = store.QuerySession();
            await Probe.ExecuteAsync(async token => await session.QueryAsync<int>("select 1", token), cancellation);
            return HealthCheckResult.Healthy("The event store answers.");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The event store does not answer.", e);
        }
    }
}
