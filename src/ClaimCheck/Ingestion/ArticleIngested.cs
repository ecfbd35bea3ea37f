namespace ClaimCheck.Ingestion;

/// <summary>
/// An article entered the store. First event of an article stream whose id is derived from
/// <see cref="ContentFingerprint"/>, so the same content can never open a second stream.
/// Who ingested it is recorded in the event metadata (user name), as for every event.
/// </summary>
public sealed record ArticleIngested(
    Guid ArticleId,
    string Title,
    bool HeadlineGiven,
    string Body,
    string Source,
    string? Url,
    DateTimeOffset? PublishedAt,
    string Language,
    bool LanguageDetected,
    string ContentFingerprint,
    DateTimeOffset IngestedAt);
