using ClaimCheck.Access;
using Microsoft.AspNetCore.Authorization;
using System.Text.Json;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Input;
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
        HttpContext context, IQuerySession session, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, RequestLimits limits,
        string? from, string? to, CancellationToken cancellation)
    {
        var q = new QueryReader(limits);
        var start = q.Instant("from", from);
        var end = q.Instant("to", to);
        if (start is not null && end is not null && end <= start) q.Errors.Add("to", "to must be later than from.");
        if (q.Errors.Any) return Problems.Invalid(q.Errors, "Invalid time range");

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
}
