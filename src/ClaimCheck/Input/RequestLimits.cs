namespace ClaimCheck.Input;

/// <summary>
/// Limits on every request and field of the API outside article ingestion (which has <c>IngestionLimits</c>);
/// bound from the "Requests" configuration section. The README's limits table lists each one.
/// </summary>
public sealed record RequestLimits
{
    /// <summary>Largest accepted JSON request body, in bytes, before any parsing.</summary>
    public int MaxRequestBytes { get; init; } = 65_536;

    /// <summary>Speaker and person ids, verdict codes, genders.</summary>
    public int MaxIdChars { get; init; } = 128;

    /// <summary>Person names and aliases.</summary>
    public int MaxNameChars { get; init; } = 200;

    /// <summary>The note of a case opened by hand.</summary>
    public int MaxNoteChars { get; init; } = 4_000;

    /// <summary>Reasons for a correction, a send-back or a reopening.</summary>
    public int MaxReasonChars { get; init; } = 2_000;

    /// <summary>The rationale of a proposed verdict.</summary>
    public int MaxRationaleChars { get; init; } = 10_000;

    /// <summary>A publication URL or one evidence link.</summary>
    public int MaxUrlChars { get; init; } = 2_048;

    public int MaxEvidenceLinks { get; init; } = 20;

    /// <summary>A text query value (label, speaker, assignee, state filters).</summary>
    public int MaxQueryValueChars { get; init; } = 200;

    /// <summary>Highest page number of a list; keeps the row offset far from overflowing.</summary>
    public int MaxPage { get; init; } = 1_000_000;
}
