using ClaimCheck.Review;

namespace ClaimCheck.Api.Review;

/// <summary>Who publishes our ClaimReview documents, from the "ClaimReview" configuration section.</summary>
public sealed class ClaimReviewOptions
{
    public const string Section = "ClaimReview";

    public string OrganizationName { get; init; } = "ClaimCheck";

    /// <summary>URL given to a review published without one; <c>{caseId}</c> is replaced by the case id.</summary>
    public string CaseUrlTemplate { get; init; } = "/api/cases/{caseId}/claim-review";

    public ClaimReviewPublisher Publisher() => new(OrganizationName, CaseUrlTemplate);

    public static ClaimReviewOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ClaimReviewOptions>() ?? new ClaimReviewOptions();
}
