using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>A claim as the judge sees it: the extracted frame plus where, when and by whom it was said.</summary>
public sealed record JudgedClaim(
    Guid ClaimId,
    Guid ArticleId,
    DateTimeOffset PublishedAt,
    QuoteKind Kind,
    string? SpeakerId,
    string Text,
    string Sentence,
    ClaimFrame Frame,
    string ExtractorVersion)
{
    /// <summary>The people a claim involves: its subject and, for predicates between people, its object.</summary>
    public IEnumerable<string> Participants()
    {
        if (!string.IsNullOrWhiteSpace(Frame.Subject)) yield return Frame.Subject!;
        if (!string.IsNullOrWhiteSpace(Frame.Object) && Frame.Object != Frame.Subject && LooksLikePersonId(Frame.Object!))
            yield return Frame.Object!;
        if (!string.IsNullOrWhiteSpace(SpeakerId) && SpeakerId != Frame.Subject && SpeakerId != Frame.Object)
            yield return SpeakerId!;
    }

    // Canonical person ids are lower-case slugs ("vladimir-putin"); free-text objects keep spaces or capitals.
    internal static bool LooksLikePersonId(string value) =>
        value.Length > 0 && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-');
}
