namespace ClaimCheck.Review;

/// <summary>
/// A request to change a case. <see cref="Actor"/> is the authenticated user name, <see cref="ActorId"/> the
/// user's stable id (rules about who may act compare ids: names are for people to read), and <see cref="At"/> the
/// time the service read from its TimeProvider, so deciding stays pure and replayable.
/// </summary>
public abstract record CaseCommand(Guid CaseId, string Actor, DateTimeOffset At)
{
    public abstract CaseAction Action { get; }

    /// <summary>The acting user's id; null for the service's own work and for callers without an account.</summary>
    public Guid? ActorId { get; init; }
}

public sealed record OpenCaseByHand(
    Guid CaseId, Guid ClaimId, Guid ArticleId, string? SpeakerId, string Note, string Actor, DateTimeOffset At)
    : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.OpenByHand;
}

public sealed record TakeCase(Guid CaseId, string Actor, DateTimeOffset At) : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.Take;
}

public sealed record ProposeVerdict(
    Guid CaseId, Verdict Verdict, string Rationale, IReadOnlyList<string> EvidenceLinks, string Actor, DateTimeOffset At)
    : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.ProposeVerdict;
}

public sealed record ApproveVerdict(Guid CaseId, string Actor, DateTimeOffset At) : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.ApproveVerdict;
}

public sealed record SendBackVerdict(Guid CaseId, string Reason, string Actor, DateTimeOffset At)
    : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.SendBackVerdict;
}

public sealed record PublishVerdict(Guid CaseId, string? Url, string Actor, DateTimeOffset At)
    : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.PublishVerdict;
}

public sealed record ReopenCase(Guid CaseId, string Reason, string Actor, DateTimeOffset At)
    : CaseCommand(CaseId, Actor, At)
{
    public override CaseAction Action => CaseAction.Reopen;
}
