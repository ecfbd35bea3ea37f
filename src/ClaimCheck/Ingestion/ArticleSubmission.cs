namespace ClaimCheck.Ingestion;

/// <summary>A validated request to ingest one article. Build it through <see cref="ArticleSubmissionValidator"/>.</summary>
public sealed record ArticleSubmission(
    string Title,
    bool HeadlineGiven,
    string Body,
    string Source,
    string? Url,
    DateTimeOffset? PublishedAt,
    string Language,
    bool LanguageDetected)
{
    public string ContentFingerprint => ArticleFingerprint.Compute(Title, Body);

    public Guid ArticleId => ArticleFingerprint.ToArticleId(ContentFingerprint);

    public ArticleIngested ToEvent(DateTimeOffset ingestedAt) =>
        new(ArticleId, Title, HeadlineGiven, Body, Source, Url, PublishedAt, Language, LanguageDetected,
            ContentFingerprint, ingestedAt);
}
