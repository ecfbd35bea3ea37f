using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>Turns extracted quotes into the claims the judge works on.</summary>
public static class JudgedClaims
{
    /// <summary>
    /// The claim id is the quote's id (<see cref="QuoteRecord.IdFor"/>), so a tool judging files in memory and the
    /// service judging stored quotes name the same claim the same way.
    /// </summary>
    public static JudgedClaim FromQuote(ExtractedQuote quote, Guid articleId, DateTimeOffset publishedAt, string extractorVersion) => new(
        QuoteRecord.IdFor(articleId, extractorVersion, quote),
        articleId,
        publishedAt,
        quote.Kind,
        quote.SpeakerId,
        quote.Text,
        quote.Sentence,
        quote.Claim,
        extractorVersion);

    /// <summary>An article's current stored claims.</summary>
    public static IReadOnlyList<JudgedClaim> Of(ArticleQuotes article) =>
        article.Quotes.Select(q => new JudgedClaim(
            q.QuoteId, article.Id, article.EffectiveDate, q.Kind, q.SpeakerId, q.Text, q.Sentence, q.Claim,
            article.ExtractorVersion ?? "")).ToList();

    /// <summary>An article id derived from its source name, for tools that read files without a database.</summary>
    public static Guid ArticleIdFor(string sourceName) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("article|" + sourceName)).AsSpan(0, 16));
}
