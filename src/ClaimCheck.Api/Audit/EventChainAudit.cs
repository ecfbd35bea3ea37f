using ClaimCheck.Audit;
using Marten;
using Npgsql;

namespace ClaimCheck.Api.Audit;

public sealed record ChainAuditReport(int StreamsChecked, long EventsChecked, IReadOnlyList<ChainVerification> Broken)
{
    public bool IsIntact => Broken.Count == 0;
}

/// <summary>
/// Walks every stream as stored (the raw JSON and metadata columns, not deserialized objects, so a
/// field added or changed behind the application's back is seen) and checks each event against its link.
/// </summary>
public sealed class EventChainAudit(IDocumentStore store)
{
    public async Task<ChainAuditReport> VerifyAsync(CancellationToken cancellation)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        await using var session = store.QuerySession();
        var links = (await session.Query<EventChainLink>().ToListAsync(cancellation)).ToDictionary(l => l.Id, l => l.Link.Hash);

        await using var connection = (NpgsqlConnection)session.Connection!;
        await using var command = new NpgsqlCommand(
            $"select stream_id, version, type, data::text, timestamp, user_name, correlation_id, causation_id " +
            $"from {schema}.mt_events order by stream_id, version", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellation);

        var broken = new List<ChainVerification>();
        var streams = 0;
        long total = 0;
        Guid? current = null;
        var buffer = new List<ChainedEvent>();
        void Flush()
        {
            if (current is null) return;
            streams++;
            var verification = EventHashChainVerifier.Verify(current.Value.ToString(), buffer);
            total += verification.EventsChecked;
            if (!verification.IsIntact) broken.Add(verification);
            buffer.Clear();
        }

        while (await reader.ReadAsync(cancellation))
        {
            var streamId = reader.GetGuid(0);
            if (streamId != current)
            {
                Flush();
                current = streamId;
            }
            var version = reader.GetInt64(1);
            var content = new HashedEventContent(
                streamId.ToString(), version, reader.GetString(2), CanonicalJson.Canonicalize(reader.GetString(3)),
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7));
            buffer.Add(new ChainedEvent(content, links.GetValueOrDefault(EventChainProjection.LinkId(streamId, version), "(no link recorded)")));
        }
        Flush();
        return new ChainAuditReport(streams, total, broken);
    }
}
