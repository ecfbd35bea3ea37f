using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;

namespace ClaimCheck.Judging;

/// <summary>
/// The judge's lookup keys of one article (people with predicate families, distinctive quote words), so the
/// store can be asked which earlier articles could conflict with a new one without reading them all.
/// Keys follow fact-checkers' reattributions, including those carried over to a new extractor version.
/// </summary>
public sealed record ArticleClaimKeys(Guid Id, DateTimeOffset EffectiveDate, IReadOnlyList<string> Keys)
{
    /// <summary>The quotes the keys were computed from, speakers as corrected.</summary>
    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];

    public IReadOnlyList<SpeakerOverride> SpeakerOverrides { get; init; } = [];

    public static ArticleClaimKeys Create(ArticleIngested e) => new(e.ArticleId, e.PublishedAt ?? e.IngestedAt, []);

    public ArticleClaimKeys Apply(QuotesExtracted e) => WithQuotes(Reattribution.ApplyTo(SpeakerOverrides, e.Quotes), SpeakerOverrides);

    public ArticleClaimKeys Apply(QuoteReattributed e)
    {
        var overrides = Reattribution.Record(SpeakerOverrides, Quotes, e);
        return WithQuotes(Reattribution.ApplyTo(overrides, Quotes), overrides);
    }

    private ArticleClaimKeys WithQuotes(IReadOnlyList<QuoteRecord> quotes, IReadOnlyList<SpeakerOverride> overrides) =>
        this with { Quotes = quotes, SpeakerOverrides = overrides, Keys = KeysOf(quotes, Id) };

    private IReadOnlyList<string> KeysOf(IReadOnlyList<QuoteRecord> quotes, Guid articleId) =>
        quotes.Select(q => new JudgedClaim(q.QuoteId, articleId, EffectiveDate, q.Kind, q.SpeakerId, q.Text, q.Sentence, q.Claim, ""))
            .SelectMany(ClaimIndex.KeysOf)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
