using ClaimCheck.Attribution;
using ClaimCheck.Extraction;
using ClaimCheck.Language;
using ClaimCheck.Speakers;
using Microsoft.Extensions.Hosting;

namespace ClaimCheck.Api.Extraction;

/// <summary>
/// Loads the embedded attribution and tagger models and runs one short extraction per language before the
/// service takes work, so the first article's time budget is spent on that article, not on loading models and
/// compiling the extractor.
/// </summary>
public sealed class ExtractionWarmup : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = AttributionModel.Shipped;
        _ = LanguageAnalyzer.Default;
        var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
        extractor.Extract("Un titre", "« Nous viendrons », a déclaré Marie Dupont. Elle a ajouté qu'il pleuvait.", "fr", cancellationToken);
        extractor.Extract("A title", "\"We will come,\" Marie Dupont said. She added that it was raining.", "en", cancellationToken);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
