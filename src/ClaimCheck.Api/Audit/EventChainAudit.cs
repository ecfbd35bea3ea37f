using System.Globalization;
using ClaimCheck.Audit;
using Marten;
using Npgsql;

namespace ClaimCheck.Api.Audit;

/// <param name="StreamsChecked">Streams walked against their chain.</param>
/// <param name="EventsChecked">Events whose hash was verified.</param>
/// <param name="TombstonesSkipped">
/// Marten's placeholders for the sequence numbers of failed writes: never committed as part of any stream's history,
/// so not chained.
/// </param>
/// <param name="Broken">The first break of every broken stream.</param>
public sealed record ChainAuditReport(int StreamsChecked, long EventsChecked, long TombstonesSkipped, IReadOnlyList<ChainVerification> Broken)
{
    public bool IsIntact => Broken.Count == 0;
}

/// <summary>
/// Walks every stream as stored (the raw JSON and metadata columns, not deserialized objects, so a
/// field added or changed behind the application's back is seen) and checks each event against its link,
/// and each link against its event.
/// </summary>
/// <remarks>
/// When a transaction that appended events fails (a lost optimistic-concurrency race, a value PostgreSQL refuses),
/// the sequence numbers it reserved are already spent; Marten then writes one <c>tombstone</c> event per number,
/// in a transaction of its own, on a stream of its own that no aggregate uses (version = sequence, data <c>{}</c>), so
/// the async daemon sees no gap. No inline projection runs for them, so they have no link, and they are not part of
/// any committed history. A stream is treated as Marten's tombstone stream only when every event of it has exactly
/// that shape and none of it was ever linked: turning a real event into a tombstone leaves its stream's links
/// without their event (<see cref="ChainBreak.EventMissing"/>) or its stream's chain broken.
/// </remarks>
public sealed class EventChainAudit(IDocumentStore store)
{
    public const string TombstoneType = "tombstone";

    public async Task<ChainAuditReport> VerifyAsync(CancellationToken cancellation)
    {
        var schema = store.Options.Events.DatabaseSchemaName;
        // Links and events are read in one repeatable-read snapshot: events committed while the walk runs
        // (with their links, in the same transaction) are either both seen or both not.
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellation);

        var links = new Dictionary<Guid, Dictionary<long, string>>();
        var linkTable = $"{store.Options.DatabaseSchemaName}.mt_doc_{nameof(EventChainLink).ToLowerInvariant()}";
        await using (var linkQuery = new NpgsqlCommand($"select id, data -> 'Link' ->> 'Hash' from {linkTable}", connection, transaction))
        await using (var linkReader = await linkQuery.ExecuteReaderAsync(cancellation))
            while (await linkReader.ReadAsync(cancellation))
            {
                var (streamId, version) = ParseLinkId(linkReader.GetString(0));
                if (!links.TryGetValue(streamId, out var ofStream)) links[streamId] = ofStream = new Dictionary<long, string>();
                ofStream[version] = linkReader.GetString(1);
            }

        await using var command = new NpgsqlCommand(
            $"select stream_id, version, type, data::text, timestamp, user_name, correlation_id, causation_id, seq_id " +
            $"from {schema}.mt_events order by stream_id, version", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellation);

        var broken = new List<ChainVerification>();
        var streams = 0;
        long total = 0;
        long tombstones = 0;
        Guid? current = null;
        var buffer = new List<ChainedEvent>();
        var allTombstones = true;
        void Flush()
        {
            if (current is not { } streamId) return;
            var linked = links.GetValueOrDefault(streamId);
            if (linked is null && allTombstones)
            {
                tombstones += buffer.Count;
            }
            else
            {
                streams++;
                var verification = EventHashChainVerifier.Verify(streamId.ToString(), buffer);
                total += verification.EventsChecked;
                var missing = verification.IsIntact && linked is not null
                    ? EventHashChainVerifier.FindMissingEvents(streamId.ToString(), buffer.Select(e => e.Content.Version).ToHashSet(), linked.Keys)
                    : null;
                if (!verification.IsIntact) broken.Add(verification);
                else if (missing is not null) broken.Add(missing);
            }
            links.Remove(streamId);
            buffer.Clear();
            allTombstones = true;
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
            var type = reader.GetString(2);
            var data = CanonicalJson.Canonicalize(reader.GetString(3));
            allTombstones &= type == TombstoneType && data == "{}" && version == reader.GetInt64(8);
            var content = new HashedEventContent(
                streamId.ToString(), version, type, data,
                reader.GetFieldValue<DateTimeOffset>(4),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7));
            buffer.Add(new ChainedEvent(content, links.GetValueOrDefault(streamId)?.GetValueOrDefault(version) ?? "(no link recorded)"));
        }
        Flush();

        // Links left over belong to streams none of whose events are stored any more.
        foreach (var (streamId, linked) in links)
        {
            streams++;
            broken.Add(EventHashChainVerifier.FindMissingEvents(streamId.ToString(), new HashSet<long>(), linked.Keys)!);
        }
        return new ChainAuditReport(streams, total, tombstones, broken);
    }

    private static (Guid StreamId, long Version) ParseLinkId(string id)
    {
        var separator = id.LastIndexOf(':');
        return (Guid.Parse(id.AsSpan(0, separator)), long.Parse(id.AsSpan(separator + 1), CultureInfo.InvariantCulture));
    }
}
