using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Operations;
using ClaimCheck.Api.Telemetry;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace ClaimCheck.Api.Tests.Telemetry;

[Collection(ApiCollection.Name)]
public sealed class TelemetryTests(ApiFixture api) : IDisposable
{
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly MeterListener _listener = new();

    private ClaimCheckMetrics Metrics => api.Host.Services.GetRequiredService<ClaimCheckMetrics>();

    public void Dispose() => _listener.Dispose();

    private void Listen()
    {
        var meter = Metrics.Meter;
        // Only this host's meter: other hosts in the test process have a ClaimCheck meter of their own.
        _listener.InstrumentPublished = (instrument, listener) => { if (ReferenceEquals(instrument.Meter, meter)) listener.EnableMeasurementEvents(instrument); };
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        _measurements.Enqueue((instrument.Name, value, copy));
    }

    private async Task<Guid> IngestArticleWithQuotes()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles", new
        {
            title = "Le ministre promet un budget équilibré",
            body = $"« Le déficit sera de 3 % en 2027 », a déclaré Marie Dupont. « Nous ne lèverons aucun impôt », a-t-elle ajouté. Réf. {Guid.NewGuid():N}",
            source = "telemetry-test",
            publishedAt = "2026-11-30",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
    }

    [Fact]
    public async Task An_ingested_article_records_its_extraction_and_judging_latency_in_the_ClaimCheck_meter()
    {
        Listen();

        await IngestArticleWithQuotes();
        await Eventually.Get(async () => await Task.FromResult(_measurements.ToArray()),
            m => m.Any(x => x.Instrument == "claimcheck.judging.duration"));

        var extraction = _measurements.Where(m => m.Instrument == "claimcheck.extraction.duration").ToList();
        extraction.ShouldNotBeEmpty();
        extraction.ShouldContain(m => (string?)m.Tags["outcome"] == "extracted");
        extraction.ShouldAllBe(m => m.Value > 0 && m.Value < 60);
        _measurements.Where(m => m.Instrument == "claimcheck.judging.duration").ShouldAllBe(m => m.Value > 0 && m.Value < 60);
    }

    [Fact]
    public async Task The_backlog_gauges_report_what_the_store_holds()
    {
        Listen();

        await api.Host.Services.GetRequiredService<BacklogSampler>().SampleAsync(CancellationToken.None);
        _listener.RecordObservableInstruments();

        var dead = await api.Host.Services.GetRequiredService<DeadLetterInbox>().CountAsync(CancellationToken.None);
        await using var session = api.Store.QuerySession();
        var pending = await session.Query<ArticleQuotes>().CountAsync(a => a.ExtractorVersion == null && a.Failure == null);
        var reading = Metrics.Backlog;
        reading.At.ShouldNotBeNull();
        var gauges = _measurements.ToArray();
        gauges.Single(m => m.Instrument == "claimcheck.dead_letters").Value.ShouldBe(dead);
        gauges.Single(m => m.Instrument == "claimcheck.extraction.pending").Value.ShouldBe(reading.PendingExtractions);
        reading.PendingExtractions.ShouldBeInRange(0, pending + 1);
        gauges.Where(m => m.Instrument == "claimcheck.queue.depth").Select(m => (string?)m.Tags["state"]).ShouldBe(["incoming", "scheduled"], ignoreOrder: true);
        gauges.Single(m => m.Instrument == "claimcheck.queue.depth" && (string?)m.Tags["state"] == "incoming").Value.ShouldBe(reading.Incoming);
    }

    [Fact]
    public async Task Metrics_answers_Prometheus_text_with_the_services_instruments_and_no_connection_details()
    {
        await IngestArticleWithQuotes();
        await api.Host.Services.GetRequiredService<BacklogSampler>().SampleAsync(CancellationToken.None);
        string body = "";
        await Eventually.Get(async () =>
        {
            var response = await api.Anonymous.GetAsync("/metrics");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
            body = await response.Content.ReadAsStringAsync();
            return body;
        }, text => text.Contains("claimcheck_judging_duration_seconds_count"));

        body.ShouldContain("# TYPE claimcheck_extraction_duration_seconds histogram");
        body.ShouldContain("claimcheck_extraction_duration_seconds_bucket{");
        body.ShouldContain("outcome=\"extracted\"");
        body.ShouldContain("# TYPE claimcheck_dead_letters gauge");
        body.ShouldContain("claimcheck_queue_depth{");
        body.ShouldContain("claimcheck_extraction_pending");
        body.ShouldContain("http_server_request_duration_seconds_bucket{");
        body.ShouldContain("http_route=\"/api/articles\"");
        body.ShouldContain("wolverine_");
        body.ShouldNotContain(api.ConnectionString.Split(';').Single(p => p.StartsWith("Database=", StringComparison.OrdinalIgnoreCase))[9..]);
        body.ShouldNotContain("Password", Case.Insensitive);
    }

    [Fact]
    public void Traces_are_not_collected_unless_an_OTLP_endpoint_is_configured()
    {
        api.Host.Services.GetService<TracerProvider>().ShouldBeNull();
    }
}
