namespace ClaimCheck.Extraction;

/// <summary>
/// Extraction with <see cref="ExtractorVersion"/> gave up on an article after <see cref="Attempts"/> attempts.
/// <see cref="Message"/> names what went wrong without quoting the article. The article stays readable and the
/// version does not count as seen, so running extraction again can still record its quotes.
/// </summary>
public sealed record ExtractionFailed(
    Guid ArticleId,
    string ExtractorVersion,
    string ErrorType,
    string Message,
    int Attempts,
    DateTimeOffset FailedAt);

/// <summary>Where an article's extraction stands, as readers see it.</summary>
public enum ExtractionState
{
    Pending,
    Extracted,
    Failed,
}

/// <summary>The last failure of an article's extraction, kept until a later extraction succeeds.</summary>
public sealed record ExtractionFailure(string ExtractorVersion, string ErrorType, string Message, int Attempts, DateTimeOffset FailedAt)
{
    public static ExtractionFailure From(ExtractionFailed e) => new(e.ExtractorVersion, e.ErrorType, e.Message, e.Attempts, e.FailedAt);
}
