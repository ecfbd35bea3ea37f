using ClaimCheck.Judging;

namespace ClaimCheck.Review;

/// <summary>
/// One row of the fact-checkers' review queue. Built only from case events by the Create/Apply methods below,
/// so it can be registered as a Marten single-stream projection (e.g. <c>SingleStreamProjection&lt;ReviewQueueItem, Guid&gt;</c>
/// or a self-aggregating snapshot). <see cref="Version"/> counts the case events applied, which equals the stream
/// version because every case event has an Apply here; clients send it back for optimistic concurrency.
/// </summary>
public sealed record ReviewQueueItem
{
    public required Guid Id { get; init; }
    public required CaseState State { get; init; }
    public string? Assignee { get; init; }
    public required IReadOnlyList<string> SpeakerIds { get; init; }
    public required IReadOnlyList<Guid> ArticleIds { get; init; }
    public string? Label { get; init; }
    public double? Score { get; init; }
    public Verdict? ProposedVerdict { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
    public required long Version { get; init; }

    public static ReviewQueueItem Create(ContradictionFlagged flagged) => new()
    {
        Id = flagged.CaseId,
        State = CaseState.Open,
        SpeakerIds = flagged.SpeakerIds.ToArray(),
        ArticleIds = new[] { flagged.FirstArticleId, flagged.SecondArticleId }.Distinct().ToArray(),
        Label = flagged.Label,
        Score = flagged.Score,
        OpenedAt = flagged.JudgedAt,
        UpdatedAt = flagged.JudgedAt,
        Version = 1,
    };

    public static ReviewQueueItem Create(CaseOpenedByHand opened) => new()
    {
        Id = opened.CaseId,
        State = CaseState.Open,
        SpeakerIds = opened.SpeakerId is { } speaker ? [speaker] : [],
        ArticleIds = [opened.ArticleId],
        OpenedAt = opened.OpenedAt,
        UpdatedAt = opened.OpenedAt,
        Version = 1,
    };

    public ReviewQueueItem Apply(PairRejudged e) =>
        this with { Label = e.Label, Score = e.Score, UpdatedAt = e.JudgedAt, Version = Version + 1 };

    public ReviewQueueItem Apply(ReviewStarted e) => Next(CaseState.InReview, e.StartedAt) with { Assignee = e.Assignee };

    public ReviewQueueItem Apply(VerdictProposed e) =>
        Next(CaseState.VerdictProposed, e.ProposedAt) with { ProposedVerdict = e.Verdict };

    public ReviewQueueItem Apply(VerdictApproved e) => Next(CaseState.Approved, e.ApprovedAt);

    public ReviewQueueItem Apply(VerdictSentBack e) => Next(CaseState.SentBack, e.SentBackAt);

    public ReviewQueueItem Apply(VerdictPublished e) => Next(CaseState.Published, e.PublishedAt);

    public ReviewQueueItem Apply(CaseReopened e) =>
        Next(CaseState.Open, e.ReopenedAt) with { Assignee = null, ProposedVerdict = null };

    private ReviewQueueItem Next(CaseState state, DateTimeOffset at) =>
        this with { State = state, UpdatedAt = at, Version = Version + 1 };
}
