namespace ClaimCheck.Review;

/// <summary>
/// The outcome a fact-checker proposes for a case. Explicit values because Marten stores enums as integers:
/// reordering the members must never change what a stored event means.
/// </summary>
public enum Verdict
{
    Accurate = 1,
    NotAContradiction = 2,
    Unsupported = 3,
    Misleading = 4,
    Contradicted = 5,
    Misattributed = 6,
}

/// <summary>How a verdict is exported as a schema.org Rating: a code for APIs, a value on the scale and a human label.</summary>
public sealed record VerdictRating(Verdict Verdict, string Code, int RatingValue, string AlternateName);

/// <summary>
/// The rating scale published in ClaimReview. Follows the common fact-checking practice of a small ordinal
/// scale (best = true as stated, worst = false or put in the wrong mouth) with the organisation's own wording
/// in alternateName, which is what readers and search engines actually show.
/// </summary>
public static class VerdictScale
{
    public const int BestRating = 5;
    public const int WorstRating = 1;

    private static readonly IReadOnlyDictionary<Verdict, VerdictRating> Ratings = new[]
    {
        new VerdictRating(Verdict.Accurate, "accurate", 5, "Accurate"),
        new VerdictRating(Verdict.NotAContradiction, "not-a-contradiction", 4, "Not a contradiction"),
        new VerdictRating(Verdict.Unsupported, "unsupported", 3, "Unsupported"),
        new VerdictRating(Verdict.Misleading, "misleading", 2, "Misleading"),
        new VerdictRating(Verdict.Contradicted, "contradicted", 1, "Contradicted"),
        new VerdictRating(Verdict.Misattributed, "misattributed", 1, "Misattributed"),
    }.ToDictionary(r => r.Verdict);

    public static IReadOnlyCollection<VerdictRating> All => Ratings.Values.ToArray();

    public static VerdictRating RatingOf(Verdict verdict) =>
        Ratings.TryGetValue(verdict, out var rating)
            ? rating
            : throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Not a known verdict.");

    /// <summary>Parses the API code ("not-a-contradiction"); null when the code is unknown.</summary>
    public static Verdict? FromCode(string code) =>
        Ratings.Values.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase))?.Verdict;
}
