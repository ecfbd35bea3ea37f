using ClaimCheck.Ingestion;

namespace ClaimCheck.Extraction;

/// <summary>The current quotes and claims of one article, rebuilt from the article's stream.</summary>
public sealed record ArticleQuotes(
    Guid Id,
    string Title,
    bool HeadlineGiven,
    string Source,
    string? Url,
    DateTimeOffset? PublishedAt,
    DateTimeOffset IngestedAt,
    string Language,
    string? ExtractorVersion,
    IReadOnlyList<string> ExtractorVersionsSeen,
    IReadOnlyList<QuoteRecord> Quotes)
{
    public int Version { get; init; }

    /// <summary>The last extraction failure, cleared by the next successful extraction.</summary>
    public ExtractionFailure? Failure { get; init; }

    /// <summary>Speakers fact-checkers gave quotes, by span, so they survive a new extractor version.</summary>
    public IReadOnlyList<SpeakerOverride> SpeakerOverrides { get; init; } = [];

    public ExtractionState ExtractionState =>
        Failure is not null ? ExtractionState.Failed : ExtractorVersion is null ? ExtractionState.Pending : ExtractionState.Extracted;

    /// <summary>When the article says it was published, or else when it arrived.</summary>
    public DateTimeOffset EffectiveDate => PublishedAt ?? IngestedAt;

    public static ArticleQuotes Create(ArticleIngested e) =>
        new(e.ArticleId, e.Title, e.HeadlineGiven, e.Source, e.Url, e.PublishedAt, e.IngestedAt, e.Language, null, [], []);

    public ArticleQuotes Apply(QuotesExtracted e) => this with
    {
        ExtractorVersion = e.ExtractorVersion,
        ExtractorVersionsSeen = [.. ExtractorVersionsSeen, e.ExtractorVersion],
        Quotes = Reattribution.ApplyTo(SpeakerOverrides, e.Quotes),
        Failure = null,
    };

    public ArticleQuotes Apply(ExtractionFailed e) => this with { Failure = ExtractionFailure.From(e) };

    public ArticleQuotes Apply(QuoteReattributed e)
    {
        var overrides = Reattribution.Record(SpeakerOverrides, Quotes, e);
        return this with { SpeakerOverrides = overrides, Quotes = Reattribution.ApplyTo(overrides, Quotes) };
    }

    /// <summary>
    /// What extracting with <paramref name="extractorVersion"/> adds to the stream: nothing when this
    /// version already ran (a redelivered message), otherwise the quotes, superseding the previous version.
    /// A version that only failed has not run: its next successful attempt is recorded.
    /// </summary>
    public QuotesExtracted? DecideExtraction(string extractorVersion, IReadOnlyList<ExtractedQuote> quotes, DateTimeOffset now)
    {
        if (ExtractorVersionsSeen.Contains(extractorVersion)) return null;
        return new QuotesExtracted(Id, extractorVersion, ExtractorVersion,
            quotes.Select(q => QuoteRecord.From(Id, extractorVersion, q)).ToArray(), now);
    }

    /// <summary>What giving up on <paramref name="extractorVersion"/> adds: nothing when that version already succeeded.</summary>
    public ExtractionFailed? DecideFailure(string extractorVersion, string errorType, string message, int attempts, DateTimeOffset now) =>
        ExtractorVersionsSeen.Contains(extractorVersion) ? null : new ExtractionFailed(Id, extractorVersion, errorType, message, attempts, now);
}
