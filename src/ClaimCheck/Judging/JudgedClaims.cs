using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>Turns extracted quotes into the claims the judge works on.</summary>
public static class JudgedClaims
{
    /// <summary>
    /// The claim id is derived from the article, the quote's span and the extractor version, so re-running extraction
    /// on the same article gives the same ids and a re-judged pair maps onto the same case.
    /// </summary>
    public static JudgedClaim FromQuote(ExtractedQuote quote, Guid articleId, DateTimeOffset publishedAt, string extractorVersion) => new(
        StableId(articleId, quote.Kind, quote.Start, quote.End, extractorVersion),
        articleId,
        publishedAt,
        quote.Kind,
        quote.SpeakerId,
        quote.Text,
        quote.Sentence,
        quote.Claim,
        extractorVersion);

    public static Guid StableId(Guid articleId, QuoteKind kind, int start, int end, string extractorVersion)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{articleId:N}|{kind}|{start}|{end}|{extractorVersion}"));
        return new Guid(hash.AsSpan(0, 16));
    }

    /// <summary>An article id derived from its source name, for tools that read files without a database.</summary>
    public static Guid ArticleIdFor(string sourceName) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes("article|" + sourceName)).AsSpan(0, 16));
}
