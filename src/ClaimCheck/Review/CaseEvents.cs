namespace ClaimCheck.Review;

// Events of a case stream (stream id = case id). The first event is either Judging.ContradictionFlagged
// or CaseOpenedByHand. Each event names the user a rule depends on (four eyes, assignment) even though
// Marten also records the acting user in metadata: rules must not depend on metadata the decider cannot see.
// Times are carried in the events because projections must never read the clock.

/// <summary>A fact-checker opened a case on a claim without a judge flagging it.</summary>
public sealed record CaseOpenedByHand(
    Guid CaseId,
    Guid ClaimId,
    Guid ArticleId,
    string? SpeakerId,
    string Note,
    string OpenedBy,
    DateTimeOffset OpenedAt);

/// <summary>A fact-checker took the case and is now its assignee.</summary>
/// <remarks><see cref="AssigneeId"/> is absent from events stored before users had ids.</remarks>
public sealed record ReviewStarted(Guid CaseId, string Assignee, DateTimeOffset StartedAt, Guid? AssigneeId = null);

/// <summary>The assignee proposed a verdict, to be approved by someone else.</summary>
public sealed record VerdictProposed(
    Guid CaseId,
    Verdict Verdict,
    string Rationale,
    IReadOnlyList<string> EvidenceLinks,
    string ProposedBy,
    DateTimeOffset ProposedAt,
    Guid? ProposedById = null);

/// <summary>An editor other than the proposer approved the proposed verdict.</summary>
public sealed record VerdictApproved(Guid CaseId, Verdict Verdict, string ApprovedBy, DateTimeOffset ApprovedAt, Guid? ApprovedById = null);

/// <summary>An editor returned the proposed or approved verdict to the assignee.</summary>
public sealed record VerdictSentBack(Guid CaseId, string SentBackBy, string Reason, DateTimeOffset SentBackAt);

/// <summary>An editor published the approved verdict; <see cref="Url"/> is where readers find it, when known.</summary>
public sealed record VerdictPublished(
    Guid CaseId,
    Verdict Verdict,
    string PublishedBy,
    DateTimeOffset PublishedAt,
    string? Url);

/// <summary>An editor reopened a published case; it goes back to the queue unassigned.</summary>
public sealed record CaseReopened(Guid CaseId, string ReopenedBy, string Reason, DateTimeOffset ReopenedAt);
