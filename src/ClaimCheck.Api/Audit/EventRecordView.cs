using ClaimCheck.Access;
using JasperFx.Events;

namespace ClaimCheck.Api.Audit;

/// <summary>
/// One stored event with the metadata an auditor needs: who, when, why (correlation, causation). Key material never
/// leaves the key store: <see cref="Redacted"/> names the fields removed from <see cref="Data"/> (API key salt and hash),
/// so the view says it is not the stored event byte for byte; <c>claimcheck audit verify</c> checks the stored events.
/// </summary>
public sealed record EventRecordView(
    long Sequence,
    Guid StreamId,
    long Version,
    string Type,
    DateTimeOffset Timestamp,
    string? User,
    string? CorrelationId,
    string? CausationId,
    object Data,
    IReadOnlyList<string>? Redacted = null)
{
    public static EventRecordView Of(IEvent e)
    {
        var (data, redacted) = KeyMaterial.Redact(e.Data);
        return new(e.Sequence, e.StreamId, e.Version, e.EventTypeName, e.Timestamp, e.UserName, e.CorrelationId, e.CausationId, data, redacted);
    }
}
