using ClaimCheck.Extraction;
using Marten;
using Wolverine.Runtime;

namespace ClaimCheck.Api.Telemetry;

/// <summary>How often the backlog gauges are refreshed from the database; bound from "Telemetry".</summary>
public sealed class TelemetryOptions
{
    public TimeSpan BacklogInterval { get; init; } = TimeSpan.FromSeconds(15);
}

/// <summary>
/// Reads the backlog (Wolverine's inbox counts, dead letters, articles waiting for extraction) every
/// <see cref="TelemetryOptions.BacklogInterval"/> into <see cref="ClaimCheckMetrics"/>, so a scrape or an export never
/// waits on the database and the database is queried at a fixed rate however often metrics are read.
/// </summary>
public sealed class BacklogSampler(IWolverineRuntime runtime, IDocumentStore store, ClaimCheckMetrics metrics, TelemetryOptions options,
    TimeProvider clock, ILogger<BacklogSampler> logger) : BackgroundService
{
    public async Task SampleAsync(CancellationToken cancellation)
    {
        var counts = await runtime.Storage.Admin.FetchCountsAsync();
        await using var session = store.QuerySession();
        var pending = await session.Query<ArticleQuotes>().CountAsync(a => a.ExtractorVersion == null && a.Failure == null, cancellation);
        metrics.Observed(new BacklogReading(counts.Incoming, counts.Scheduled, counts.DeadLetter, pending, clock.GetUtcNow()));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.BacklogInterval, clock);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The gauges keep their last reading; the health check reports an unreachable database.
                logger.LogDebug(e, "The backlog could not be read for the metrics");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
