using System.Globalization;
using System.Text.Json.Nodes;

namespace ClaimCheck.Review;

/// <summary>What the case itself does not hold about the reviewed claim: its words, who said it, where and when.</summary>
public sealed record ReviewedClaim(string ClaimText, string SpeakerName, string? AppearanceUrl, DateTimeOffset? ArticleDate);

/// <summary>
/// The organisation publishing reviews. <see cref="CaseUrlTemplate"/> (containing <c>{caseId}</c>) gives the review
/// a URL when the editor published without one, since schema.org ClaimReview consumers require <c>url</c>.
/// </summary>
public sealed record ClaimReviewPublisher(string OrganizationName, string CaseUrlTemplate)
{
    public string UrlFor(Guid caseId) => CaseUrlTemplate.Replace("{caseId}", caseId.ToString("D"), StringComparison.Ordinal);
}

/// <summary>Builds schema.org ClaimReview JSON-LD for a published case.</summary>
public static class ClaimReviewJsonLd
{
    public const string Context = "https://schema.org";

    public static JsonObject Build(Case publishedCase, ReviewedClaim claim, ClaimReviewPublisher publisher)
    {
        var published = publishedCase.Published
            ?? throw new ArgumentException($"Case {publishedCase.Id} has never been published.", nameof(publishedCase));
        var rating = VerdictScale.RatingOf(published.Verdict);

        var itemReviewed = new JsonObject
        {
            ["@type"] = "Claim",
            ["author"] = new JsonObject { ["@type"] = "Person", ["name"] = claim.SpeakerName },
        };
        if (claim.AppearanceUrl is not null)
            itemReviewed["appearance"] = new JsonObject { ["@type"] = "CreativeWork", ["url"] = claim.AppearanceUrl };
        if (claim.ArticleDate is { } articleDate)
            itemReviewed["datePublished"] = IsoDate(articleDate);

        return new JsonObject
        {
            ["@context"] = Context,
            ["@type"] = "ClaimReview",
            ["claimReviewed"] = claim.ClaimText,
            ["itemReviewed"] = itemReviewed,
            ["reviewRating"] = new JsonObject
            {
                ["@type"] = "Rating",
                ["ratingValue"] = rating.RatingValue,
                ["bestRating"] = VerdictScale.BestRating,
                ["worstRating"] = VerdictScale.WorstRating,
                ["alternateName"] = rating.AlternateName,
            },
            ["author"] = new JsonObject { ["@type"] = "Organization", ["name"] = publisher.OrganizationName },
            ["datePublished"] = IsoDate(published.PublishedAt),
            ["url"] = published.Url ?? publisher.UrlFor(publishedCase.Id),
        };
    }

    // schema.org Date (yyyy-MM-dd) in UTC: the publication day must not depend on the server's time zone.
    private static string IsoDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
