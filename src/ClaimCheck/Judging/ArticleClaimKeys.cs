using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;

namespace ClaimCheck.Judging;

/// <summary>
/// The judge's lookup keys of one article (people with predicate families, distinctive quote words), so the
/// store can be asked which earlier articles could conflict with a new one without reading them all.
/// </summary>
public sealed record ArticleClaimKeys(Guid Id, DateTimeOffset EffectiveDate, IReadOnlyList<string> Keys)
{
    public static ArticleClaimKeys Create(ArticleIngested e) => new(e.ArticleId, e.PublishedAt ?? e.IngestedAt, []);

    public ArticleClaimKeys Apply(QuotesExtracted e) => this with { Keys = KeysOf(e.Quotes, e.ArticleId) };

    private IReadOnlyList<string> KeysOf(IReadOnlyList<QuoteRecord> quotes, Guid articleId) =>
        quotes.Select(q => new JudgedClaim(q.QuoteId, articleId, EffectiveDate, q.Kind, q.SpeakerId, q.Text, q.Sentence, q.Claim, ""))
            .SelectMany(ClaimIndex.KeysOf)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
}
