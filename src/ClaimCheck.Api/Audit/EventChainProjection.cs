using ClaimCheck.Audit;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace ClaimCheck.Api.Audit;

/// <summary>The stored hash link of one event, keyed "{streamId}:{version}".</summary>
public sealed record EventChainLink(string Id, long Sequence, EventHashRecorded Link);

/// <summary>
/// Chains every event to the previous event of its stream in the same transaction that appends it
/// (inline projection), so no event is ever stored without its link. Needs rich appends: version,
/// sequence and timestamp must be known before the batch is written.
/// </summary>
public sealed class EventChainProjection : IProjection
{
    public async Task ApplyAsync(IDocumentOperations operations, IReadOnlyList<IEvent> events, CancellationToken cancellation)
    {
        var serializer = operations.DocumentStore.Options.Serializer();
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            var ordered = stream.OrderBy(e => e.Version).ToList();
            var first = ordered[0];
            var previous = first.Version > 1
                ? (await operations.LoadAsync<EventChainLink>(LinkId(first.StreamId, first.Version - 1), cancellation))?.Link
                : null;
            foreach (var e in ordered)
            {
                var content = new HashedEventContent(
                    e.StreamId.ToString(), e.Version, e.EventTypeName, CanonicalJson.Canonicalize(serializer.ToJson(e.Data)),
                    e.Timestamp, e.UserName, e.CorrelationId, e.CausationId);
                var link = EventHashChain.Link(content, previous);
                operations.Store(new EventChainLink(LinkId(e.StreamId, e.Version), e.Sequence, link));
                previous = link;
            }
        }
    }

    public static string LinkId(Guid streamId, long version) => $"{streamId}:{version}";
}
