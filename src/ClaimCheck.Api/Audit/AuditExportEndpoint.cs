using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using System.Globalization;
using System.Text.Json;
using ClaimCheck.Api.Hosting;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Wolverine.Http;

namespace ClaimCheck.Api.Audit;

public static class AuditExportEndpoint
{
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    /// <summary>
    /// Streams every committed event in [from, to) as JSON Lines, oldest first, without buffering the log in memory.
    /// API key salts and hashes are redacted (each such line lists them under "redacted"); Marten's tombstones of
    /// failed writes are left out, as they are no part of any stream's history.
    /// </summary>
    [WolverineGet("/api/audit/export")]
    [Authorize(Policy = nameof(Permission.ExportAudit))]
    [Tags("Audit")]
    [EndpointSummary("Every committed event in a time range as JSON Lines (application/x-ndjson), in append order; API key material redacted.")]
    [ProducesResponseType(typeof(EventRecordView), StatusCodes.Status200OK, "application/x-ndjson")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Get(
        HttpContext context, IQuerySession session, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, string? from, string? to, CancellationToken cancellation)
    {
        if (!TryParseInstant(from, out var start) || !TryParseInstant(to, out var end))
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid time range",
                "from and to must be ISO 8601 instants, e.g. 2026-11-01T00:00:00Z; both are optional.");
        if (start is not null && end is not null && end <= start)
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid time range", "to must be later than from.");

        IQueryable<JasperFx.Events.IEvent> query = session.Events.QueryAllRawEvents();
        if (start is { } s) query = query.Where(e => e.Timestamp >= s);
        if (end is { } t) query = query.Where(e => e.Timestamp < t);

        context.Response.ContentType = "application/x-ndjson";
        context.Response.Headers["X-Redacted"] = "api-key-salt, api-key-hash";
        await foreach (var e in query.OrderBy(e => e.Sequence).ToAsyncEnumerable(cancellation))
        {
            if (e.EventTypeName == EventChainAudit.TombstoneType && e.Data is JasperFx.Events.Tombstone) continue;
            await JsonSerializer.SerializeAsync(context.Response.Body, EventRecordView.Of(e), json.Value.SerializerOptions, cancellation);
            await context.Response.Body.WriteAsync(NewLine, cancellation);
        }
        return Results.Empty;
    }

    private static bool TryParseInstant(string? text, out DateTimeOffset? instant)
    {
        instant = null;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            return false;
        instant = parsed;
        return true;
    }
}
