namespace ClaimCheck.Extraction;

/// <summary>
/// How long the service spends extracting one article before giving up on it, and how often it tries.
/// Bound from the "Extraction" configuration section.
/// </summary>
public sealed class ExtractionBudget
{
    /// <summary>Time allowed per 10,000 characters of title and body (at least one block's worth).</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Time allowed for any one article, however long.</summary>
    public TimeSpan MaxTimeBudget { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts for an extraction that throws, before the failure is recorded.</summary>
    public int Attempts { get; init; } = 3;

    public TimeSpan For(int characters)
    {
        var blocks = Math.Max(1.0, characters / 10_000.0);
        var budget = TimeSpan.FromTicks((long)(TimeBudget.Ticks * blocks));
        return budget < MaxTimeBudget ? budget : MaxTimeBudget;
    }
}
