using JasperFx.Events;

namespace ClaimCheck.Api.Audit;

/// <summary>One stored event with the metadata an auditor needs: who, when, why (correlation, causation).</summary>
public sealed record EventRecordView(
    long Sequence,
    Guid StreamId,
    long Version,
    string Type,
    DateTimeOffset Timestamp,
    string? User,
    string? CorrelationId,
    string? CausationId,
    object Data)
{
    public static EventRecordView Of(IEvent e) =>
        new(e.Sequence, e.StreamId, e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.CorrelationId, e.CausationId, e.Data);
}
