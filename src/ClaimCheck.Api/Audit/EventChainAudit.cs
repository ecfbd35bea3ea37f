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
        // Links and events are read in one repeatable-read snapshot: events committed while the walk runs
        // (with their links, in the same transaction) are either both seen or both not.
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellation);

        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var linkTable = $"{store.Options.DatabaseSchemaName}.mt_doc_{nameof(EventChainLink).ToLowerInvariant()}";
        await using (var linkQuery = new NpgsqlCommand($"select id, data -> 'Link' ->> 'Hash' from {linkTable}", connection, transaction))
        await using (var linkReader = await linkQuery.ExecuteReaderAsync(cancellation))
            while (await linkReader.ReadAsync(cancellation))
                links[linkReader.GetString(0)] = linkReader.GetString(1);

        await using var command = new NpgsqlCommand(
            $"select stream_id, version, type, data::text, timestamp, user_name, correlation_id, causation_id " +
            $"from {schema}.mt_events order by stream_id, version", connection, transaction);
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
