namespace ClaimCheck.Ingestion;

/// <summary>Size limits on submitted articles; bound from the "Ingestion" configuration section.</summary>
public sealed record IngestionLimits
{
    /// <summary>Longest accepted body, in characters (a long-read is about 60,000).</summary>
    public int MaxBodyChars { get; init; } = 200_000;

    public int MaxTitleChars { get; init; } = 1_000;

    /// <summary>Largest accepted request, in bytes, before any parsing.</summary>
    public int MaxRequestBytes { get; init; } = 1_048_576;

    /// <summary>Share of control characters (other than tab and line breaks) above which text is refused as binary or garbled.</summary>
    public double MaxControlCharShare { get; init; } = 0.10;
}
