using ClaimCheck.Judging;

namespace ClaimCheck.Review;

public enum CaseOrigin { FlaggedByJudge = 1, OpenedByHand = 2 }

/// <summary>A verdict as proposed by the assignee, kept while it travels through approval and publication.</summary>
public sealed record ProposedVerdict(
    Verdict Verdict,
    string Rationale,
    IReadOnlyList<string> EvidenceLinks,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    Guid? ProposedById = null);

/// <summary>The verdict readers can see. Survives a reopen: it stays public until a new one replaces it.</summary>
public sealed record PublishedVerdict(
    Verdict Verdict,
    string Rationale,
    IReadOnlyList<string> EvidenceLinks,
    string ProposedBy,
    string ApprovedBy,
    string PublishedBy,
    DateTimeOffset PublishedAt,
    string? Url);

/// <summary>
/// The review case aggregate, rebuilt from its stream. Immutable: every Apply returns a new instance,
/// because Marten's identity map may hand the same loaded instance to several readers.
/// </summary>
public sealed record Case
{
    public required Guid Id { get; init; }
    public required CaseState State { get; init; }
    public required CaseOrigin Origin { get; init; }
    public required IReadOnlyList<Guid> ClaimIds { get; init; }
    public required IReadOnlyList<Guid> ArticleIds { get; init; }
    public required IReadOnlyList<string> SpeakerIds { get; init; }
    /// <summary>The judge's label, or null for a case opened by hand.</summary>
    public string? Label { get; init; }
    public double? Score { get; init; }
    public string? Note { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public string? Assignee { get; init; }
    public Guid? AssigneeId { get; init; }
    public ProposedVerdict? Proposal { get; init; }
    public string? ApprovedBy { get; init; }
    public string? LastSendBackReason { get; init; }
    public string? LastReopenReason { get; init; }
    public PublishedVerdict? Published { get; init; }

    public static Case Create(ContradictionFlagged flagged) => new()
    {
        Id = flagged.CaseId,
        State = CaseState.Open,
        Origin = CaseOrigin.FlaggedByJudge,
        ClaimIds = [flagged.FirstClaimId, flagged.SecondClaimId],
        ArticleIds = new[] { flagged.FirstArticleId, flagged.SecondArticleId }.Distinct().ToArray(),
        SpeakerIds = flagged.SpeakerIds.ToArray(),
        Label = flagged.Label,
        Score = flagged.Score,
        OpenedAt = flagged.JudgedAt,
    };

    public static Case Create(CaseOpenedByHand opened) => new()
    {
        Id = opened.CaseId,
        State = CaseState.Open,
        Origin = CaseOrigin.OpenedByHand,
        ClaimIds = [opened.ClaimId],
        ArticleIds = [opened.ArticleId],
        SpeakerIds = opened.SpeakerId is { } speaker ? [speaker] : [],
        Note = opened.Note,
        OpenedAt = opened.OpenedAt,
    };

    // A later judgement updates what the reviewer sees; the workflow state is the people's, not the model's.
    public Case Apply(PairRejudged rejudged) => this with
    {
        Label = rejudged.Label,
        Score = rejudged.Score,
    };

    public Case Apply(ReviewStarted started) => this with
    {
        State = CaseState.InReview,
        Assignee = started.Assignee,
        AssigneeId = started.AssigneeId,
    };

    public Case Apply(VerdictProposed proposed) => this with
    {
        State = CaseState.VerdictProposed,
        Proposal = new ProposedVerdict(
            proposed.Verdict, proposed.Rationale, proposed.EvidenceLinks, proposed.ProposedBy, proposed.ProposedAt, proposed.ProposedById),
        ApprovedBy = null,
    };

    public Case Apply(VerdictApproved approved) => this with
    {
        State = CaseState.Approved,
        ApprovedBy = approved.ApprovedBy,
    };

    // The proposal is kept so the assignee sees what was sent back; the approval, if any, no longer holds.
    public Case Apply(VerdictSentBack sentBack) => this with
    {
        State = CaseState.SentBack,
        ApprovedBy = null,
        LastSendBackReason = sentBack.Reason,
    };

    // The decider only publishes approved proposals, so Proposal and ApprovedBy are set; the empty fallbacks
    // exist so a projection rebuild never throws on a hand-repaired stream, which would stall the daemon.
    public Case Apply(VerdictPublished published) => this with
    {
        State = CaseState.Published,
        Published = new PublishedVerdict(
            published.Verdict,
            Proposal?.Rationale ?? "",
            Proposal?.EvidenceLinks ?? [],
            Proposal?.ProposedBy ?? "",
            ApprovedBy ?? "",
            published.PublishedBy,
            published.PublishedAt,
            published.Url),
    };

    // A reopened case starts over from the queue: nobody is assigned and the old proposal is history.
    public Case Apply(CaseReopened reopened) => this with
    {
        State = CaseState.Open,
        Assignee = null,
        Proposal = null,
        ApprovedBy = null,
        LastReopenReason = reopened.Reason,
    };
}
