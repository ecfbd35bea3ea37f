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

    /// <summary>When the article says it was published, or else when it arrived.</summary>
    public DateTimeOffset EffectiveDate => PublishedAt ?? IngestedAt;

    public static ArticleQuotes Create(ArticleIngested e) =>
        new(e.ArticleId, e.Title, e.HeadlineGiven, e.Source, e.Url, e.PublishedAt, e.IngestedAt, e.Language, null, [], []);

    public ArticleQuotes Apply(QuotesExtracted e) => this with
    {
        ExtractorVersion = e.ExtractorVersion,
        ExtractorVersionsSeen = [.. ExtractorVersionsSeen, e.ExtractorVersion],
        Quotes = e.Quotes,
    };

    public ArticleQuotes Apply(QuoteReattributed e) => this with
    {
        Quotes = Quotes.Select(q => q.QuoteId == e.QuoteId ? q with { SpeakerId = e.SpeakerId, Speaker = e.SpeakerName } : q).ToArray(),
    };

    /// <summary>
    /// What extracting with <paramref name="extractorVersion"/> adds to the stream: nothing when this
    /// version already ran (a redelivered message), otherwise the quotes, superseding the previous version.
    /// </summary>
    public QuotesExtracted? DecideExtraction(string extractorVersion, IReadOnlyList<ExtractedQuote> quotes, DateTimeOffset now)
    {
        if (ExtractorVersionsSeen.Contains(extractorVersion)) return null;
        return new QuotesExtracted(Id, extractorVersion, ExtractorVersion,
            quotes.Select(q => QuoteRecord.From(Id, extractorVersion, q)).ToArray(), now);
    }
}
