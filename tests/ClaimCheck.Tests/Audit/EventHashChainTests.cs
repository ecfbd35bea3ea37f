using ClaimCheck.Audit;

namespace ClaimCheck.Tests.Audit;

public class EventHashChainTests
{
    private const string Stream = "6f0c3b1e-0000-4000-8000-000000000001";
    private static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static HashedEventContent Content(long version, string data, string user = "alice") => new(
        Stream, version, $"event_type_{version}", CanonicalJson.Canonicalize(data), T0.AddSeconds(version), user,
        "corr-1", version == 1 ? null : $"cause-{version - 1}");

    /// <summary>A stream of three events with the hashes recorded when they were appended.</summary>
    private static List<ChainedEvent> RecordedStream()
    {
        var contents = new[]
        {
            Content(1, """{"caseId":"c1","label":"contradiction"}"""),
            Content(2, """{"assignee":"alice"}"""),
            Content(3, """{"verdict":5,"rationale":"Opposite claims."}"""),
        };
        var links = new List<ChainedEvent>();
        EventHashRecorded? previous = null;
        foreach (var content in contents)
        {
            previous = EventHashChain.Link(content, previous);
            links.Add(new ChainedEvent(content, previous.Hash));
        }
        return links;
    }

    [Fact]
    public void The_hash_is_lowercase_hex_sha256_and_stable_for_the_same_input()
    {
        var hash = EventHashChain.Compute(Content(1, "{}"), EventHashChain.GenesisHash);

        hash.Length.ShouldBe(64);
        hash.ShouldMatch("^[0-9a-f]{64}$");
        EventHashChain.Compute(Content(1, "{}"), EventHashChain.GenesisHash).ShouldBe(hash);
    }

    [Fact]
    public void Every_field_and_the_previous_hash_change_the_hash()
    {
        var baseline = Content(1, """{"a":1}""");
        var hash = EventHashChain.Compute(baseline, EventHashChain.GenesisHash);
        HashedEventContent[] variants =
        [
            baseline with { StreamId = "other" },
            baseline with { Version = 2 },
            baseline with { EventType = "other" },
            baseline with { CanonicalData = """{"a":2}""" },
            baseline with { Timestamp = baseline.Timestamp.AddTicks(10) },
            baseline with { UserName = "mallory" },
            baseline with { UserName = null },
            baseline with { CorrelationId = "corr-2" },
            baseline with { CausationId = "cause-x" },
        ];

        foreach (var variant in variants)
            EventHashChain.Compute(variant, EventHashChain.GenesisHash).ShouldNotBe(hash, variant.ToString());
        EventHashChain.Compute(baseline, new string('1', 64)).ShouldNotBe(hash);
    }

    [Fact]
    public void Moving_text_between_adjacent_fields_changes_the_hash()
    {
        var a = Content(1, "{}") with { CorrelationId = "ab", CausationId = "c" };
        var b = Content(1, "{}") with { CorrelationId = "a", CausationId = "bc" };

        EventHashChain.Compute(a, EventHashChain.GenesisHash).ShouldNotBe(EventHashChain.Compute(b, EventHashChain.GenesisHash));
    }

    [Fact]
    public void The_same_timestamp_in_another_offset_or_below_a_microsecond_hashes_the_same()
    {
        var utc = Content(1, "{}");
        var paris = utc with { Timestamp = utc.Timestamp.ToOffset(TimeSpan.FromHours(1)) };
        var subMicrosecond = utc with { Timestamp = utc.Timestamp.AddTicks(3) };

        EventHashChain.Compute(paris, EventHashChain.GenesisHash).ShouldBe(EventHashChain.Compute(utc, EventHashChain.GenesisHash));
        EventHashChain.Compute(subMicrosecond, EventHashChain.GenesisHash).ShouldBe(EventHashChain.Compute(utc, EventHashChain.GenesisHash));
    }

    [Fact]
    public void Links_chain_each_event_to_the_previous_hash_starting_from_genesis()
    {
        var first = EventHashChain.Link(Content(1, "{}"), null);
        var second = EventHashChain.Link(Content(2, "{}"), first);

        first.PreviousHash.ShouldBe(EventHashChain.GenesisHash);
        second.PreviousHash.ShouldBe(first.Hash);
        second.Id.ShouldBe($"{Stream}:2");
        second.Algorithm.ShouldBe(EventHashChain.Algorithm);
    }

    [Fact]
    public void An_untouched_stream_verifies()
    {
        var result = EventHashChainVerifier.Verify(Stream, RecordedStream());

        result.IsIntact.ShouldBeTrue();
        result.EventsChecked.ShouldBe(3);
        result.FirstBrokenVersion.ShouldBeNull();
    }

    [Fact]
    public void An_empty_stream_verifies()
    {
        EventHashChainVerifier.Verify(Stream, []).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public void A_modified_data_field_is_reported_at_the_modified_event()
    {
        var stream = RecordedStream();
        stream[1] = stream[1] with { Content = stream[1].Content with { CanonicalData = """{"assignee":"mallory"}""" } };

        var result = EventHashChainVerifier.Verify(Stream, stream);

        result.IsIntact.ShouldBeFalse();
        result.FirstBrokenVersion.ShouldBe(2);
        result.Break.ShouldBe(ChainBreak.HashMismatch);
        result.EventsChecked.ShouldBe(1);
        result.RecordedHash.ShouldBe(stream[1].RecordedHash);
        result.ExpectedHash.ShouldNotBe(stream[1].RecordedHash);
    }

    [Fact]
    public void Modified_metadata_is_reported_at_the_modified_event()
    {
        var stream = RecordedStream();
        stream[2] = stream[2] with { Content = stream[2].Content with { UserName = "erin" } };

        var result = EventHashChainVerifier.Verify(Stream, stream);

        result.FirstBrokenVersion.ShouldBe(3);
        result.Break.ShouldBe(ChainBreak.HashMismatch);
    }

    [Fact]
    public void A_rewritten_event_with_a_recomputed_hash_still_breaks_the_next_link()
    {
        var stream = RecordedStream();
        var forged = stream[0].Content with { CanonicalData = """{"caseId":"c1","label":"none"}""" };
        stream[0] = new ChainedEvent(forged, EventHashChain.Compute(forged, EventHashChain.GenesisHash));

        var result = EventHashChainVerifier.Verify(Stream, stream);

        result.FirstBrokenVersion.ShouldBe(2);
        result.Break.ShouldBe(ChainBreak.HashMismatch);
    }

    [Fact]
    public void Reordered_events_are_reported_as_out_of_sequence()
    {
        var stream = RecordedStream();
        (stream[1], stream[2]) = (stream[2], stream[1]);

        var result = EventHashChainVerifier.Verify(Stream, stream);

        result.IsIntact.ShouldBeFalse();
        result.FirstBrokenVersion.ShouldBe(3);
        result.Break.ShouldBe(ChainBreak.VersionOutOfSequence);
    }

    [Fact]
    public void Events_swapped_while_keeping_their_version_numbers_break_the_hash()
    {
        var stream = RecordedStream();
        var second = stream[1];
        var third = stream[2];
        stream[1] = third with { Content = third.Content with { Version = 2 } };
        stream[2] = second with { Content = second.Content with { Version = 3 } };

        var result = EventHashChainVerifier.Verify(Stream, stream);

        result.FirstBrokenVersion.ShouldBe(2);
        result.Break.ShouldBe(ChainBreak.HashMismatch);
    }

    [Fact]
    public void A_deleted_event_is_reported_as_a_gap()
    {
        var stream = RecordedStream();
        stream.RemoveAt(1);

        var result = EventHashChainVerifier.Verify(Stream, stream);

        result.FirstBrokenVersion.ShouldBe(3);
        result.Break.ShouldBe(ChainBreak.VersionOutOfSequence);
    }

    [Fact]
    public void An_event_from_another_stream_is_reported()
    {
        var stream = RecordedStream();
        stream[2] = stream[2] with { Content = stream[2].Content with { StreamId = "other" } };

        EventHashChainVerifier.Verify(Stream, stream).Break.ShouldBe(ChainBreak.WrongStream);
    }
}
