using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Input;
using ClaimCheck.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace ClaimCheck.Api.Review;

public sealed record OpenCaseRequest(Guid? ClaimId, Guid? ArticleId, string? SpeakerId, string? Note) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits)
    {
        if (ClaimId is null || ClaimId == Guid.Empty) errors.Add("claimId", "claimId is required: the id of the claim (quote) to check.");
        if (ArticleId is null || ArticleId == Guid.Empty) errors.Add("articleId", "articleId is required: the id of the article the claim is in.");
        errors.Text("speakerId", SpeakerId, limits.MaxIdChars, TextKind.Identifier)
            .Text("note", Note, limits.MaxNoteChars, TextKind.Prose);
    }
}

public sealed record ProposeVerdictRequest(string? Verdict, string? Rationale, IReadOnlyList<string?>? EvidenceLinks) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits)
    {
        errors.Text("verdict", Verdict, limits.MaxIdChars, TextKind.Identifier)
            .Text("rationale", Rationale, limits.MaxRationaleChars, TextKind.Prose);
        if (EvidenceLinks is null) return;
        if (EvidenceLinks.Count > limits.MaxEvidenceLinks)
        {
            errors.Add("evidenceLinks", $"evidenceLinks has {EvidenceLinks.Count} links; the limit is {limits.MaxEvidenceLinks}.");
            return;
        }
        for (var i = 0; i < EvidenceLinks.Count; i++)
            if (EvidenceLinks[i] is null) errors.Add($"evidenceLinks[{i}]", $"evidenceLinks[{i}] is null; each evidence link is a URL string.");
            else errors.Text($"evidenceLinks[{i}]", EvidenceLinks[i], limits.MaxUrlChars, TextKind.Identifier);
    }
}

public sealed record SendBackRequest(string? Reason) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors.Text("reason", Reason, limits.MaxReasonChars, TextKind.Prose);
}

public sealed record PublishRequest(string? Url) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors.Text("url", Url, limits.MaxUrlChars, TextKind.Identifier);
}

public sealed record ReopenRequest(string? Reason) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors.Text("reason", Reason, limits.MaxReasonChars, TextKind.Prose);
}

/// <summary>
/// The review workflow over HTTP. Each endpoint only builds the domain command (who, when, what) and hands it
/// to <see cref="CaseCommandHandler"/>; the rules live in <see cref="CaseDecider"/>.
/// </summary>
public static class CaseEndpoints
{
    [WolverinePost("/api/cases")]
    [Authorize(Policy = nameof(Permission.OpenCaseByHand))]
    [Tags("Cases")]
    [EndpointSummary("Open a case on a claim by hand, with a note saying why it deserves a check.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status422UnprocessableEntity)]
    public static Task<IResult> Open(
        OpenCaseRequest request, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock, CancellationToken cancellation)
    {
        // CheckedJsonBodies has refused a request without both ids.
        var now = clock.GetUtcNow();
        var command = new OpenCaseByHand(Guid.CreateVersion7(now), request.ClaimId!.Value, request.ArticleId!.Value,
            string.IsNullOrWhiteSpace(request.SpeakerId) ? null : request.SpeakerId.Trim(), request.Note ?? "", Actors.Of(context.User), now);
        return Submit(command, null, context, bus, session, cancellation);
    }

    [WolverinePost("/api/cases/{id}/take")]
    [Authorize(Policy = nameof(Permission.TakeCase))]
    [Tags("Cases")]
    [EndpointSummary("Take the case: the caller becomes its assignee. Needs If-Match.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Take(
        Guid id, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock, CancellationToken cancellation) =>
        SubmitChange(context, bus, session, cancellation, new TakeCase(id, Actors.Of(context.User), clock.GetUtcNow()));

    [WolverinePost("/api/cases/{id}/propose")]
    [Authorize(Policy = nameof(Permission.ProposeVerdict))]
    [Tags("Cases")]
    [EndpointSummary("Propose a verdict (code such as \"not-a-contradiction\") with a rationale and evidence links. Needs If-Match.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Propose(
        Guid id, ProposeVerdictRequest request, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock,
        CancellationToken cancellation)
    {
        if (VerdictScale.FromCode(request.Verdict ?? "") is not { } verdict)
            return Task.FromResult(Problems.Create(StatusCodes.Status400BadRequest, "Unknown verdict",
                $"'{request.Verdict}' is not a verdict; use one of {string.Join(", ", VerdictScale.All.Select(r => r.Code))}.",
                new Dictionary<string, object?> { ["verdicts"] = VerdictScale.All.Select(r => r.Code).ToArray() }));
        return SubmitChange(context, bus, session, cancellation, new ProposeVerdict(
            id, verdict, request.Rationale ?? "", request.EvidenceLinks?.Select(link => link!).ToArray() ?? [], Actors.Of(context.User), clock.GetUtcNow()));
    }

    [WolverinePost("/api/cases/{id}/approve")]
    [Authorize(Policy = nameof(Permission.ApproveVerdict))]
    [Tags("Cases")]
    [EndpointSummary("Approve the proposed verdict (four eyes: not by its proposer). Needs If-Match.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Approve(
        Guid id, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock, CancellationToken cancellation) =>
        SubmitChange(context, bus, session, cancellation, new ApproveVerdict(id, Actors.Of(context.User), clock.GetUtcNow()));

    [WolverinePost("/api/cases/{id}/send-back")]
    [Authorize(Policy = nameof(Permission.SendBackVerdict))]
    [Tags("Cases")]
    [EndpointSummary("Send the proposed or approved verdict back to the fact-checker, with a reason. Needs If-Match.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> SendBack(
        Guid id, SendBackRequest request, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock,
        CancellationToken cancellation) =>
        SubmitChange(context, bus, session, cancellation, new SendBackVerdict(id, request.Reason ?? "", Actors.Of(context.User), clock.GetUtcNow()));

    [WolverinePost("/api/cases/{id}/publish")]
    [Authorize(Policy = nameof(Permission.PublishVerdict))]
    [Tags("Cases")]
    [EndpointSummary("Publish the approved verdict, optionally with the URL where readers find it. Needs If-Match.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Publish(
        Guid id, PublishRequest request, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock,
        CancellationToken cancellation) =>
        SubmitChange(context, bus, session, cancellation, new PublishVerdict(
            id, string.IsNullOrWhiteSpace(request.Url) ? null : request.Url.Trim(), Actors.Of(context.User), clock.GetUtcNow()));

    [WolverinePost("/api/cases/{id}/reopen")]
    [Authorize(Policy = nameof(Permission.ReopenCase))]
    [Tags("Cases")]
    [EndpointSummary("Reopen a published case, with a reason; it goes back to the queue unassigned. Needs If-Match.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status412PreconditionFailed)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status428PreconditionRequired)]
    public static Task<IResult> Reopen(
        Guid id, ReopenRequest request, HttpContext context, IMessageBus bus, IQuerySession session, TimeProvider clock,
        CancellationToken cancellation) =>
        SubmitChange(context, bus, session, cancellation, new ReopenCase(id, request.Reason ?? "", Actors.Of(context.User), clock.GetUtcNow()));

    private static Task<IResult> SubmitChange(
        HttpContext context, IMessageBus bus, IQuerySession session, CancellationToken cancellation, CaseCommand command)
    {
        var ifMatch = context.Request.Headers.IfMatch;
        if (ifMatch.Count == 0)
            return Task.FromResult(Problems.Create(StatusCodes.Status428PreconditionRequired, "If-Match required",
                "Send the case version you decided on as If-Match (the ETag of GET /api/cases/{id}), so a change made meanwhile is not overwritten."));
        if (!CaseVersions.TryParseIfMatch(ifMatch, out var expected))
            return Task.FromResult(Problems.Create(StatusCodes.Status400BadRequest, "Invalid If-Match",
                $"If-Match must be a case version such as \"3\"; got {ifMatch}."));
        return Submit(command with { ActorId = Actors.IdOf(context.User) }, expected, context, bus, session, cancellation);
    }

    private static async Task<IResult> Submit(
        CaseCommand command, long? expectedVersion, HttpContext context, IMessageBus bus, IQuerySession session, CancellationToken cancellation)
    {
        var outcome = await bus.InvokeAsync<CaseCommandOutcome>(new SubmitCaseCommand(command, expectedVersion), cancellation);
        switch (outcome)
        {
            case CaseChanged changed:
                // The case exactly as this change left it, even if another change has landed since: body and ETag agree.
                var changedCase = await session.Events.AggregateStreamAsync<Case>(changed.CaseId, changed.Version, token: cancellation)
                    ?? throw new InvalidOperationException($"Case {changed.CaseId} has no version {changed.Version} right after it was written.");
                context.Response.Headers.ETag = CaseVersions.ETag(changed.Version);
                var view = CaseView.Of(changedCase, changed.Version);
                return command is OpenCaseByHand ? Results.Created($"/api/cases/{changed.CaseId}", view) : Results.Ok(view);
            case CaseCommandRejected rejected:
                return CaseProblems.From(rejected.Rejection);
            case CaseVersionMismatch mismatch:
                context.Response.Headers.ETag = CaseVersions.ETag(mismatch.CurrentVersion);
                return Problems.Create(StatusCodes.Status412PreconditionFailed, "Case changed meanwhile",
                    $"You decided on version {mismatch.ExpectedVersion} but the case is at version {mismatch.CurrentVersion}; nothing was changed. Read it again and retry.",
                    new Dictionary<string, object?> { ["currentVersion"] = mismatch.CurrentVersion });
            case CaseNotFound notFound:
                return Problems.NotFound("case", notFound.CaseId);
            case CaseReferenceUnknown unknown:
                return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unknown reference",
                    detail: unknown.Detail, extensions: new Dictionary<string, object?>
                    {
                        ["errors"] = new Dictionary<string, string[]> { [unknown.Field] = [unknown.Detail] },
                    });
            default:
                throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}");
        }
    }
}

public static class CaseProblems
{
    public static IResult From(CaseRejection rejection) => Problems.Create(rejection.HttpStatus, TitleOf(rejection.Kind), rejection.Detail,
        new Dictionary<string, object?>
        {
            ["attempted"] = CaseNames.Of(rejection.Attempted),
            ["reason"] = rejection.Kind.ToString(),
            ["currentState"] = rejection.CurrentState is { } state ? CaseNames.Of(state) : null,
            ["allowedActions"] = rejection.AllowedActions.Select(CaseNames.Of).ToArray(),
        });

    private static string TitleOf(CaseRejectionKind kind) => kind switch
    {
        CaseRejectionKind.NotAllowedInState => "Not allowed in this state",
        CaseRejectionKind.SameUserAsProposer => "Four eyes: the proposer cannot approve",
        CaseRejectionKind.NotTheAssignee => "Not the assignee",
        CaseRejectionKind.InvalidCommand => "Invalid command",
        CaseRejectionKind.WrongCase => "Wrong case",
        _ => kind.ToString(),
    };
}
