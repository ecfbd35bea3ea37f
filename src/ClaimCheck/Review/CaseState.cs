namespace ClaimCheck.Review;

public enum CaseState
{
    Open = 1,
    InReview = 2,
    VerdictProposed = 3,
    Approved = 4,
    SentBack = 5,
    Published = 6,
}

/// <summary>What can be done to a case; the workflow names these in rejections so clients know their options.</summary>
public enum CaseAction
{
    OpenByHand,
    Take,
    ProposeVerdict,
    ApproveVerdict,
    SendBackVerdict,
    PublishVerdict,
    Reopen,
}

/// <summary>The workflow's transition table: which actions each state accepts.</summary>
public static class CaseWorkflow
{
    private static readonly IReadOnlyDictionary<CaseState, CaseAction[]> Allowed = new Dictionary<CaseState, CaseAction[]>
    {
        [CaseState.Open] = [CaseAction.Take],
        // Another fact-checker may take over a case in review (someone is away); the assignee is replaced.
        [CaseState.InReview] = [CaseAction.Take, CaseAction.ProposeVerdict],
        [CaseState.VerdictProposed] = [CaseAction.ApproveVerdict, CaseAction.SendBackVerdict],
        // An approval can still be sent back before it goes public.
        [CaseState.Approved] = [CaseAction.PublishVerdict, CaseAction.SendBackVerdict],
        [CaseState.SentBack] = [CaseAction.Take, CaseAction.ProposeVerdict],
        [CaseState.Published] = [CaseAction.Reopen],
    };

    /// <summary>Actions accepted in <paramref name="state"/>; for a case that does not exist yet, only opening it by hand.</summary>
    public static IReadOnlyList<CaseAction> AllowedActions(CaseState? state) =>
        state is { } s ? Allowed[s] : [CaseAction.OpenByHand];

    public static bool Allows(CaseState? state, CaseAction action) => AllowedActions(state).Contains(action);
}
