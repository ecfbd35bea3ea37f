using ClaimCheck.Review;

namespace ClaimCheck.Api.Review;

/// <summary>Lowercase names for states and actions, as clients see them in bodies and query strings.</summary>
public static class CaseNames
{
    public static string Of(CaseState state) => state.ToString().ToLowerInvariant();

    public static string Of(CaseAction action) => action.ToString().ToLowerInvariant();

    public static string Of(Verdict verdict) => VerdictScale.RatingOf(verdict).Code;

    /// <summary>Parses "open", "inreview", "in-review", "InReview"...; null for anything else, numbers included.</summary>
    public static CaseState? ParseState(string text)
    {
        var name = text.Replace("-", "").Replace("_", "").Trim();
        return Enum.GetValues<CaseState>().Select(s => (CaseState?)s)
            .FirstOrDefault(s => string.Equals(s.ToString(), name, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed record ProposalView(string Verdict, string Rationale, IReadOnlyList<string> EvidenceLinks, string ProposedBy, DateTimeOffset ProposedAt);

public sealed record PublishedVerdictView(
    string Verdict, string Rationale, IReadOnlyList<string> EvidenceLinks, string ProposedBy, string ApprovedBy,
    string PublishedBy, DateTimeOffset PublishedAt, string? Url);

/// <summary>A case as of one version of its stream; <see cref="Version"/> is what the client sends back in If-Match.</summary>
public sealed record CaseView(
    Guid Id,
    long Version,
    string State,
    IReadOnlyList<string> AllowedActions,
    string Origin,
    IReadOnlyList<Guid> ClaimIds,
    IReadOnlyList<Guid> ArticleIds,
    IReadOnlyList<string> SpeakerIds,
    string? Label,
    double? Score,
    string? Note,
    DateTimeOffset OpenedAt,
    string? Assignee,
    ProposalView? Proposal,
    string? ApprovedBy,
    string? LastSendBackReason,
    string? LastReopenReason,
    PublishedVerdictView? Published)
{
    public static CaseView Of(Case c, long version) => new(
        c.Id, version, CaseNames.Of(c.State), CaseWorkflow.AllowedActions(c.State).Select(CaseNames.Of).ToArray(),
        c.Origin == CaseOrigin.FlaggedByJudge ? "flagged-by-judge" : "opened-by-hand",
        c.ClaimIds, c.ArticleIds, c.SpeakerIds, c.Label, c.Score, c.Note, c.OpenedAt, c.Assignee,
        c.Proposal is { } p ? new ProposalView(CaseNames.Of(p.Verdict), p.Rationale, p.EvidenceLinks, p.ProposedBy, p.ProposedAt) : null,
        c.ApprovedBy, c.LastSendBackReason, c.LastReopenReason,
        c.Published is { } v
            ? new PublishedVerdictView(CaseNames.Of(v.Verdict), v.Rationale, v.EvidenceLinks, v.ProposedBy, v.ApprovedBy, v.PublishedBy, v.PublishedAt, v.Url)
            : null);
}

public sealed record QueueItemView(
    Guid Id,
    long Version,
    string State,
    string? Assignee,
    IReadOnlyList<string> SpeakerIds,
    IReadOnlyList<Guid> ArticleIds,
    string? Label,
    double? Score,
    string? ProposedVerdict,
    DateTimeOffset OpenedAt,
    DateTimeOffset UpdatedAt)
{
    public static QueueItemView Of(ReviewQueueItem item) => new(
        item.Id, item.Version, CaseNames.Of(item.State), item.Assignee, item.SpeakerIds, item.ArticleIds, item.Label, item.Score,
        item.ProposedVerdict is { } verdict ? CaseNames.Of(verdict) : null, item.OpenedAt, item.UpdatedAt);
}
