namespace ClaimCheck.Review;

/// <summary>Why a command was refused. The host maps each kind to an HTTP status (see <see cref="CaseRejection.HttpStatus"/>).</summary>
public enum CaseRejectionKind
{
    /// <summary>The case is not in a state that accepts the action (409).</summary>
    NotAllowedInState,
    /// <summary>Four eyes: the approving editor proposed the verdict themselves (409).</summary>
    SameUserAsProposer,
    /// <summary>Only the assignee may propose a verdict (409).</summary>
    NotTheAssignee,
    /// <summary>The command is malformed: empty reason, rationale or user (400).</summary>
    InvalidCommand,
    /// <summary>The command targets a case with another id (400).</summary>
    WrongCase,
}

/// <summary>
/// A refused command. Always names the current state (null when the case does not exist) and the actions the
/// state allows, so the API can answer with a problem body that tells the client what it can do instead.
/// </summary>
public sealed record CaseRejection(
    Guid CaseId,
    CaseAction Attempted,
    CaseRejectionKind Kind,
    CaseState? CurrentState,
    IReadOnlyList<CaseAction> AllowedActions,
    string Detail)
{
    public int HttpStatus => Kind is CaseRejectionKind.InvalidCommand or CaseRejectionKind.WrongCase ? 400 : 409;
}

/// <summary>The outcome of a decision: events to append, or a rejection. Never both.</summary>
public sealed record CaseDecision
{
    private CaseDecision(IReadOnlyList<object> events, CaseRejection? rejection)
    {
        Events = events;
        Rejection = rejection;
    }

    public IReadOnlyList<object> Events { get; }
    public CaseRejection? Rejection { get; }
    public bool IsAccepted => Rejection is null;

    public static CaseDecision Accept(params object[] events) => new(events, null);
    public static CaseDecision Reject(CaseRejection rejection) => new([], rejection);
}
