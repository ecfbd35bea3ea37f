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
    private (int Version, QuoteExtractor Extractor, SpeakerRegistry Registry)? _current;

    public async Task<QuoteExtractor> CurrentAsync(IQuerySession session, CancellationToken cancellation) =>
        (await CurrentStateAsync(session, cancellation)).Extractor;

    public async Task<SpeakerRegistry> RegistryAsync(IQuerySession session, CancellationToken cancellation) =>
        (await CurrentStateAsync(session, cancellation)).Registry;

    private async Task<(int Version, QuoteExtractor Extractor, SpeakerRegistry Registry)> CurrentStateAsync(
        IQuerySession session, CancellationToken cancellation)
    {
        var corrections = await session.LoadAsync<SpeakerCorrections>(SpeakerCorrections.StreamId, cancellation);
        var version = corrections?.Changes.Count ?? 0;
        if (_current is { } cached && cached.Version == version) return cached;
        var registry = corrections?.ApplyTo(SpeakerRegistry.Shipped) ?? SpeakerRegistry.Shipped;
        var built = (version, new QuoteExtractor(registry), registry);
        _current = built;
        return built;
    }
}
