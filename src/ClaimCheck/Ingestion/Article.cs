namespace ClaimCheck.Ingestion;

/// <summary>An ingested article as readers see it; rebuilt from its stream.</summary>
public sealed record Article(
    Guid Id,
    string Title,
    bool HeadlineGiven,
    string Body,
    string Source,
    string? Url,
    DateTimeOffset? PublishedAt,
    string Language,
    bool LanguageDetected,
    string ContentFingerprint,
    DateTimeOffset IngestedAt)
{
    public static Article Create(ArticleIngested e) =>
        new(e.ArticleId, e.Title, e.HeadlineGiven, e.Body, e.Source, e.Url, e.PublishedAt, e.Language,
            e.LanguageDetected, e.ContentFingerprint, e.IngestedAt);
}
