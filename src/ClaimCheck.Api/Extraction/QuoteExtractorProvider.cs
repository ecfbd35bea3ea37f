using ClaimCheck.Extraction;
using ClaimCheck.Speakers;
using Marten;

namespace ClaimCheck.Api.Extraction;

/// <summary>
/// The extractor with the speaker registry as fact-checkers have corrected it. Rebuilt only when the
/// corrections stream has moved on, so handlers share one extractor between corrections.
/// </summary>
public sealed class QuoteExtractorProvider
{
    // Replaced as a whole reference, so concurrent handlers never see half of an update.
    private volatile Built? _current;

    private sealed record Built(int Version, QuoteExtractor Extractor, SpeakerRegistry Registry);

    public async Task<QuoteExtractor> CurrentAsync(IQuerySession session, CancellationToken cancellation) =>
        (await CurrentStateAsync(session, cancellation)).Extractor;

    public async Task<SpeakerRegistry> RegistryAsync(IQuerySession session, CancellationToken cancellation) =>
        (await CurrentStateAsync(session, cancellation)).Registry;

    private async Task<Built> CurrentStateAsync(
        IQuerySession session, CancellationToken cancellation)
    {
        var corrections = await session.LoadAsync<SpeakerCorrections>(SpeakerCorrections.StreamId, cancellation);
        var version = corrections?.Changes.Count ?? 0;
        if (_current is { } cached && cached.Version == version) return cached;
        var registry = corrections?.ApplyTo(SpeakerRegistry.Shipped) ?? SpeakerRegistry.Shipped;
        var built = new Built(version, new QuoteExtractor(registry), registry);
        _current = built;
        return built;
    }
}
