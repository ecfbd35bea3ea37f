using System.Security.Cryptography;
using ClaimCheck.Language;
using ClaimCheck.Speakers;

namespace ClaimCheck.Attribution;

/// <summary>One attribution found in a text, with its resolved speaker (null when the text gives no supported one).</summary>
public sealed record AttributionFinding(FoundAttribution Attribution, ResolvedSpeaker? Speaker);

/// <summary>Everything the attribution stage read from one text: the per-token view it tagged and what it found.</summary>
public sealed record AttributionReading(AttributionInput Input, IReadOnlyList<AttributionFinding> Findings);

/// <summary>
/// The trained attribution tagger with the lexicon its features were trained with. The shipped model is
/// embedded in this assembly (built from models/attribution-tagger.bin and models/attribution-lexicon.tsv by
/// <c>claimcheck train-attribution</c>; origin, data hashes and dev scores in models/attribution.json).
/// Thread-safe.
/// </summary>
public sealed class AttributionModel
{
    private static readonly Lazy<AttributionModel> ShippedModel = new(LoadShipped);

    public AttributionModel(AttributionTagger tagger, AttributionLexicon lexicon, string version)
    {
        Tagger = tagger;
        Lexicon = lexicon;
        Version = version;
    }

    public static AttributionModel Shipped => ShippedModel.Value;

    public AttributionTagger Tagger { get; }

    public AttributionLexicon Lexicon { get; }

    /// <summary>The first 12 hex digits of the SHA-256 of the tagger's bytes.</summary>
    public string Version { get; }

    public static AttributionModel Load(Stream tagger, Stream lexicon)
    {
        using var buffer = new MemoryStream();
        tagger.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var version = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
        using var reader = new StreamReader(lexicon);
        return new AttributionModel(new AttributionTagger(AveragedPerceptron.Load(new MemoryStream(bytes))), AttributionLexicon.Read(reader), version);
    }

    /// <summary>Tokenizes, splits, tags and decodes <paramref name="text"/>, then resolves each attribution's speaker.</summary>
    public AttributionReading Read(string text, string language, SpeakerRegistry registry, CancellationToken cancellation = default)
    {
        var input = Prepare(text, language);
        cancellation.ThrowIfCancellationRequested();
        var (labels, margins) = Tagger.Tag(input, cancellation);
        cancellation.ThrowIfCancellationRequested();
        var attributions = AttributionDecoder.Decode(input, labels, margins);
        var speakers = new SpeakerResolver(registry, Lexicon).Resolve(input, attributions);
        var findings = new AttributionFinding[attributions.Count];
        for (var i = 0; i < attributions.Count; i++) findings[i] = new AttributionFinding(attributions[i], speakers[i]);
        return new AttributionReading(input, findings);
    }

    /// <summary>The per-token view of a text that the tagger reads (also what training builds from annotated texts).</summary>
    public AttributionInput Prepare(string text, string language) => Prepare(text, language, Lexicon);

    public static AttributionInput Prepare(string text, string language, AttributionLexicon lexicon)
    {
        var analysis = LanguageAnalyzer.Default.Analyze(text, language);
        var tagged = analysis.Upos.Any(t => t is not null);
        return new AttributionInput(text, language, analysis.Tokens, analysis.Sentences, lexicon, tagged ? analysis.Upos : null, tagged ? analysis.Lemmas : null);
    }

    private static AttributionModel LoadShipped()
    {
        var assembly = typeof(AttributionModel).Assembly;
        using var tagger = assembly.GetManifestResourceStream("ClaimCheck.Attribution.attribution-tagger.bin")
            ?? throw new InvalidOperationException("The attribution model is missing from the ClaimCheck assembly: run `claimcheck train-attribution` to build models/attribution-tagger.bin.");
        using var lexicon = assembly.GetManifestResourceStream("ClaimCheck.Attribution.attribution-lexicon.tsv")
            ?? throw new InvalidOperationException("The attribution lexicon is missing from the ClaimCheck assembly: run `claimcheck train-attribution`.");
        return Load(tagger, lexicon);
    }
}
