using System.Diagnostics.Metrics;

namespace ClaimCheck.Api.Telemetry;

/// <summary>
/// The service's own instruments, in the <c>ClaimCheck</c> meter: how long extraction and judging take, how many cases
/// the judge opens, and the backlog (<see cref="BacklogSampler"/>'s last reading). No instrument carries article text,
/// user names or ids: tags are small fixed vocabularies.
/// </summary>
public sealed class ClaimCheckMetrics
{
    public const string MeterName = "ClaimCheck";

    private readonly Histogram<double> _extraction;
    private readonly Histogram<double> _judging;
    private readonly Counter<long> _flagged;
    private BacklogReading _backlog = BacklogReading.None;

    public ClaimCheckMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _extraction = Meter.CreateHistogram<double>("claimcheck.extraction.duration", "s",
            "Time to extract one article's quotes and claims, by outcome (extracted, failed).");
        _judging = Meter.CreateHistogram<double>("claimcheck.judging.duration", "s",
            "Time to judge one extracted article's claims against its own and the retrieved stored claims.");
        _flagged = Meter.CreateCounter<long>("claimcheck.cases.flagged", "{case}", "Cases opened by the judge.");
        Meter.CreateObservableGauge("claimcheck.queue.depth", () => new[]
            {
                new Measurement<long>(_backlog.Incoming, new KeyValuePair<string, object?>("state", "incoming")),
                new Measurement<long>(_backlog.Scheduled, new KeyValuePair<string, object?>("state", "scheduled")),
            },
            "{message}", "Messages waiting in Wolverine's durable inbox (incoming: ready to run or running; scheduled: retries waiting for their time).");
        Meter.CreateObservableGauge("claimcheck.dead_letters", () => _backlog.DeadLetters, "{message}",
            "Messages the service gave up on (GET /api/admin/dead-letters).");
        Meter.CreateObservableGauge("claimcheck.extraction.pending", () => _backlog.PendingExtractions, "{article}",
            "Ingested articles not yet extracted (neither extracted nor failed).");
    }

    public Meter Meter { get; }

    public BacklogReading Backlog => _backlog;

    public void ExtractionTook(TimeSpan elapsed, bool extracted) =>
        _extraction.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", extracted ? "extracted" : "failed"));

    public void JudgingTook(TimeSpan elapsed, int casesOpened)
    {
        _judging.Record(elapsed.TotalSeconds);
        if (casesOpened > 0) _flagged.Add(casesOpened);
    }

    public void Observed(BacklogReading reading) => _backlog = reading;
}

/// <summary>The backlog at one moment; <see cref="None"/> before the first reading.</summary>
public sealed record BacklogReading(long Incoming, long Scheduled, long DeadLetters, long PendingExtractions, DateTimeOffset? At)
{
    public static readonly BacklogReading None = new(0, 0, 0, 0, null);
}
