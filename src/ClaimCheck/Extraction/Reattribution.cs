namespace ClaimCheck.Extraction;

/// <summary>A fact-checker's speaker for the quote at one span of an article (kind, start and end).</summary>
public sealed record SpeakerOverride(QuoteKind Kind, int Start, int End, string SpeakerId, string SpeakerName)
{
    public bool Covers(QuoteRecord quote) => quote.Kind == Kind && quote.Start == Start && quote.End == End;
}

/// <summary>
/// Reattributions keyed by span rather than by quote id: quote ids include the extractor version, so a new
/// version's quote at the same span is the same quote to a reader, and keeps the speaker a person gave it.
/// </summary>
public static class Reattribution
{
    /// <summary>The overrides after <paramref name="e"/>, which corrects one of <paramref name="quotes"/>.</summary>
    public static IReadOnlyList<SpeakerOverride> Record(
        IReadOnlyList<SpeakerOverride> overrides, IReadOnlyList<QuoteRecord> quotes, QuoteReattributed e)
    {
        if (quotes.FirstOrDefault(q => q.QuoteId == e.QuoteId) is not { } quote) return overrides;
        return [.. overrides.Where(o => !o.Covers(quote)), new SpeakerOverride(quote.Kind, quote.Start, quote.End, e.SpeakerId, e.SpeakerName)];
    }

    /// <summary>The quotes with every override applied to the quote at its span.</summary>
    public static IReadOnlyList<QuoteRecord> ApplyTo(IReadOnlyList<SpeakerOverride> overrides, IReadOnlyList<QuoteRecord> quotes) =>
        overrides.Count == 0
            ? quotes
            : quotes.Select(q => overrides.LastOrDefault(o => o.Covers(q)) is { } o ? q with { SpeakerId = o.SpeakerId, Speaker = o.SpeakerName } : q).ToArray();
}
