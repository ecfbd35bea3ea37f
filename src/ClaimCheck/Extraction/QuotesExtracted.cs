using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Extraction;

/// <summary>A quote stored with an identity; its claim has the same id.</summary>
public sealed record QuoteRecord(
    Guid QuoteId,
    QuoteKind Kind,
    string Text,
    string? Speaker,
    string? SpeakerId,
    string? Cue,
    int Start,
    int End,
    double Confidence,
    string Sentence,
    int SentenceStart,
    int SentenceEnd,
    ClaimFrame Claim)
{
    public static QuoteRecord From(Guid articleId, string extractorVersion, ExtractedQuote quote) =>
        new(IdFor(articleId, extractorVersion, quote), quote.Kind, quote.Text, quote.Speaker, quote.SpeakerId, quote.Cue,
            quote.Start, quote.End, quote.Confidence, quote.Sentence, quote.SentenceStart, quote.SentenceEnd, quote.Claim);

    /// <summary>
    /// Same article, extractor version, kind and span give the same id, so a redelivered extraction
    /// can never mint a second identity for one quote.
    /// </summary>
    public static Guid IdFor(Guid articleId, string extractorVersion, ExtractedQuote quote)
    {
        var key = $"{articleId:N}|{extractorVersion}|{quote.Kind}|{quote.Start}|{quote.End}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}

/// <summary>
/// The extractor read an article. Appended to the article's stream; a later version's extraction
/// supersedes this one without erasing it.
/// </summary>
public sealed record QuotesExtracted(
    Guid ArticleId,
    string ExtractorVersion,
    string? SupersededVersion,
    IReadOnlyList<QuoteRecord> Quotes,
    DateTimeOffset ExtractedAt);

/// <summary>A fact-checker corrected who said a quote.</summary>
public sealed record QuoteReattributed(
    Guid ArticleId,
    Guid QuoteId,
    string? PreviousSpeakerId,
    string SpeakerId,
    string SpeakerName,
    string Reason);
