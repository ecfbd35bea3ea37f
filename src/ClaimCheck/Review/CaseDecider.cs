namespace ClaimCheck.Review;

/// <summary>
/// The review workflow's rules as pure functions: (command, current case) -> events or a rejection.
/// Who may act at all (roles) is decided separately by <c>Access.PermissionTable</c>; this only knows the workflow.
/// </summary>
public static class CaseDecider
{
    /// <param name="command">The command, with the acting user and the time.</param>
    /// <param name="state">The case rebuilt from its stream, or null when the stream does not exist.</param>
    public static CaseDecision Decide(CaseCommand command, Case? state)
    {
        if (state is not null && state.Id != command.CaseId)
            return Reject(command, state, CaseRejectionKind.WrongCase,
                $"Command targets case {command.CaseId} but case {state.Id} was loaded.");
        if (string.IsNullOrWhiteSpace(command.Actor))
            return Reject(command, state, CaseRejectionKind.InvalidCommand, "The acting user is missing.");
        if (!CaseWorkflow.Allows(state?.State, command.Action))
            return Reject(command, state, CaseRejectionKind.NotAllowedInState, state is null
                ? $"Case {command.CaseId} does not exist; {command.Action} needs an existing case."
                : $"{command.Action} is not allowed while the case is {state.State}.");

        return command switch
        {
            OpenCaseByHand open => Decide(open),
            TakeCase take => Decide(take, state!),
            ProposeVerdict propose => Decide(propose, state!),
            ApproveVerdict approve => Decide(approve, state!),
            SendBackVerdict sendBack => Decide(sendBack, state!),
            PublishVerdict publish => Decide(publish, state!),
            ReopenCase reopen => Decide(reopen, state!),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown case command."),
        };
    }

    private static CaseDecision Decide(OpenCaseByHand command)
    {
        if (string.IsNullOrWhiteSpace(command.Note))
            return Reject(command, null, CaseRejectionKind.InvalidCommand,
                "A case opened by hand needs a note saying why the claim deserves a check.");
        return CaseDecision.Accept(new CaseOpenedByHand(
            command.CaseId, command.ClaimId, command.ArticleId, command.SpeakerId, command.Note.Trim(),
            command.Actor, command.At));
    }

    private static CaseDecision Decide(TakeCase command, Case state)
    {
        if (SameUser(state.Assignee, state.AssigneeId, command) && state.State == CaseState.InReview)
            return Reject(command, state, CaseRejectionKind.NotAllowedInState,
                $"{command.Actor} already has this case in review.");
        return CaseDecision.Accept(new ReviewStarted(command.CaseId, command.Actor, command.At, command.ActorId));
    }

    private static CaseDecision Decide(ProposeVerdict command, Case state)
    {
        if (!SameUser(state.Assignee, state.AssigneeId, command))
            return Reject(command, state, CaseRejectionKind.NotTheAssignee,
                $"Only the assignee ({state.Assignee}) can propose a verdict; take the case first.");
        if (string.IsNullOrWhiteSpace(command.Rationale))
            return Reject(command, state, CaseRejectionKind.InvalidCommand, "A verdict needs a rationale.");
        if (!Enum.IsDefined(command.Verdict))
            return Reject(command, state, CaseRejectionKind.InvalidCommand, $"{command.Verdict} is not a verdict.");
        var badLink = command.EvidenceLinks.Select((link, index) => (link, index)).FirstOrDefault(l => !IsAbsoluteHttpUrl(l.link));
        if (badLink.link is not null)
            return Reject(command, state, CaseRejectionKind.InvalidCommand,
                $"Evidence link {badLink.index + 1} is not an absolute http(s) URL.");
        return CaseDecision.Accept(new VerdictProposed(
            command.CaseId, command.Verdict, command.Rationale.Trim(), command.EvidenceLinks.ToArray(),
            command.Actor, command.At, command.ActorId));
    }

    private static CaseDecision Decide(ApproveVerdict command, Case state)
    {
        var proposal = state.Proposal!;
        // Ids decide; names too, because accounts made before names were normalized may be one person under two
        // look-alike names ("ann" and "ann" + zero-width space).
        if (SameUser(proposal.ProposedBy, proposal.ProposedById, command) || SameName(proposal.ProposedBy, command.Actor))
            return Reject(command, state, CaseRejectionKind.SameUserAsProposer,
                $"Four eyes: {command.Actor} proposed this verdict and cannot approve it; another editor must.");
        return CaseDecision.Accept(new VerdictApproved(command.CaseId, proposal.Verdict, command.Actor, command.At, command.ActorId));
    }

    private static CaseDecision Decide(SendBackVerdict command, Case state)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
            return Reject(command, state, CaseRejectionKind.InvalidCommand,
                "Sending a verdict back needs a reason the fact-checker can act on.");
        return CaseDecision.Accept(new VerdictSentBack(command.CaseId, command.Actor, command.Reason.Trim(), command.At));
    }

    private static CaseDecision Decide(PublishVerdict command, Case state)
    {
        if (command.Url is not null && !IsAbsoluteHttpUrl(command.Url))
            return Reject(command, state, CaseRejectionKind.InvalidCommand,
                "The publication URL is not an absolute http(s) URL.");
        return CaseDecision.Accept(new VerdictPublished(
            command.CaseId, state.Proposal!.Verdict, command.Actor, command.At, command.Url));
    }

    private static CaseDecision Decide(ReopenCase command, Case state)
    {
        if (string.IsNullOrWhiteSpace(command.Reason))
            return Reject(command, state, CaseRejectionKind.InvalidCommand,
                "Reopening a published case needs a reason: readers may be told the verdict is under review again.");
        return CaseDecision.Accept(new CaseReopened(command.CaseId, command.Actor, command.Reason.Trim(), command.At));
    }

    private static bool IsAbsoluteHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Whether the command's actor is the recorded user: by id when both are known, by name for events stored before users had ids.</summary>
    private static bool SameUser(string? name, Guid? id, CaseCommand command) =>
        id is { } recorded && command.ActorId is { } acting ? recorded == acting : name is not null && SameName(name, command.Actor);

    private static bool SameName(string a, string b) =>
        string.Equals(Access.UserNames.LegacyKeyOf(a), Access.UserNames.LegacyKeyOf(b), StringComparison.Ordinal);

    private static CaseDecision Reject(CaseCommand command, Case? state, CaseRejectionKind kind, string detail) =>
        CaseDecision.Reject(new CaseRejection(
            command.CaseId, command.Action, kind, state?.State, CaseWorkflow.AllowedActions(state?.State), detail));
}
