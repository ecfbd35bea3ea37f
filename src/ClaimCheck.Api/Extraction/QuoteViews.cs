using ClaimCheck.Extraction;

namespace ClaimCheck.Api.Extraction;

/// <summary>A quote as the API shows it: with the article it came from.</summary>
public sealed record QuoteView(
    Guid QuoteId,
    Guid ArticleId,
    string ArticleTitle,
    string ArticleSource,
    string? ArticleUrl,
    DateTimeOffset? PublishedAt,
    string ExtractorVersion,
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
    public static IEnumerable<QuoteView> Of(ArticleQuotes article, Func<QuoteRecord, bool>? filter = null) =>
        article.Quotes.Where(filter ?? (_ => true)).Select(q => new QuoteView(
            q.QuoteId, article.Id, article.Title, article.Source, article.Url, article.PublishedAt,
            article.ExtractorVersion ?? "", q.Kind, q.Text, q.Speaker, q.SpeakerId, q.Cue, q.Start, q.End,
            q.Confidence, q.Sentence, q.SentenceStart, q.SentenceEnd, q.Claim));
}

public sealed record ArticleQuotesView(
    Guid ArticleId, string Title, string? ExtractorVersion, int Count, IReadOnlyList<QuoteView> Quotes, ExtractionView Extraction);

/// <summary>
/// Where an article's extraction stands: pending (not yet run), extracted (version = the quotes' extractor) or
/// failed (version = the extractor that gave up; earlier quotes, if any, are still shown).
/// </summary>
public sealed record ExtractionView(string State, string? Version, ExtractionErrorView? Error)
{
    public static ExtractionView Of(ArticleQuotes? article) => article?.ExtractionState switch
    {
        ExtractionState.Failed => new("failed", article.Failure!.ExtractorVersion, new ExtractionErrorView(
            article.Failure.ErrorType, article.Failure.Message, article.Failure.Attempts, article.Failure.FailedAt)),
        ExtractionState.Extracted => new("extracted", article.ExtractorVersion, null),
        _ => new("pending", null, null),
    };
}

public sealed record ExtractionErrorView(string Type, string Message, int Attempts, DateTimeOffset FailedAt);
