namespace ClaimCheck.Audit;

/// <summary>An event as read back from the store, with the hash recorded for it when it was appended.</summary>
public sealed record ChainedEvent(HashedEventContent Content, string RecordedHash);

public enum ChainBreak
{
    /// <summary>The event's content or metadata, or an earlier hash, no longer matches the recorded hash.</summary>
    HashMismatch,
    /// <summary>Versions are missing, repeated or out of order.</summary>
    VersionOutOfSequence,
    /// <summary>An event of another stream was found in the walk.</summary>
    WrongStream,
    /// <summary>A link was recorded for an event that is no longer stored (an event was deleted, or moved to another stream).</summary>
    EventMissing,
}

/// <summary>Result of walking a stream: intact, or the first event where the chain breaks.</summary>
public sealed record ChainVerification(
    string StreamId,
    int EventsChecked,
    bool IsIntact,
    long? FirstBrokenVersion,
    ChainBreak? Break,
    string? ExpectedHash,
    string? RecordedHash,
    string Detail);

public static class EventHashChainVerifier
{
    /// <summary>
    /// Walks <paramref name="events"/> in the order given (the store's order: by version). Stops at the first break,
    /// because once one link is wrong every later hash is wrong too and reporting them adds nothing.
    /// </summary>
    /// <param name="streamId">The stream the events must belong to.</param>
    /// <param name="events">The stream's events, starting at version 1.</param>
    public static ChainVerification Verify(string streamId, IEnumerable<ChainedEvent> events)
    {
        var previousHash = EventHashChain.GenesisHash;
        var expectedVersion = 1L;
        var checkedCount = 0;
        foreach (var chained in events)
        {
            var content = chained.Content;
            if (content.StreamId != streamId)
                return Broken(streamId, checkedCount, content.Version, ChainBreak.WrongStream, null, chained.RecordedHash,
                    $"Event at version {content.Version} belongs to stream {content.StreamId}.");
            if (content.Version != expectedVersion)
                return Broken(streamId, checkedCount, content.Version, ChainBreak.VersionOutOfSequence, null, chained.RecordedHash,
                    $"Expected version {expectedVersion}, found {content.Version}.");

            var expected = EventHashChain.Compute(content, previousHash);
            if (!string.Equals(expected, chained.RecordedHash, StringComparison.OrdinalIgnoreCase))
                return Broken(streamId, checkedCount, content.Version, ChainBreak.HashMismatch, expected, chained.RecordedHash,
                    $"Event {content.EventType} at version {content.Version} does not match its recorded hash.");

            previousHash = chained.RecordedHash;
            expectedVersion++;
            checkedCount++;
        }
        return new ChainVerification(streamId, checkedCount, true, null, null, null, null,
            $"{checkedCount} event(s) verified.");
    }

    /// <summary>
    /// Checks that every recorded link has its event: the walk over stored events alone cannot see a deleted
    /// last event (the remaining prefix still verifies), but its link outlives it.
    /// </summary>
    /// <param name="streamId">The stream.</param>
    /// <param name="storedVersions">The versions of the stream's events as stored.</param>
    /// <param name="linkedVersions">The versions for which a link was recorded.</param>
    public static ChainVerification? FindMissingEvents(string streamId, IReadOnlySet<long> storedVersions, IEnumerable<long> linkedVersions)
    {
        var missing = linkedVersions.Where(v => !storedVersions.Contains(v)).Order().ToList();
        if (missing.Count == 0) return null;
        return Broken(streamId, 0, missing[0], ChainBreak.EventMissing, null, null,
            $"{missing.Count} event(s) with a recorded link are not stored, the first at version {missing[0]}.");
    }

    private static ChainVerification Broken(
        string streamId, int checkedCount, long version, ChainBreak kind, string? expected, string? recorded, string detail) =>
        new(streamId, checkedCount, false, version, kind, expected, recorded, detail);
}
