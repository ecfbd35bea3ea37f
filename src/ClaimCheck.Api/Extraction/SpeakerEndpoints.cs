using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Input;
using ClaimCheck.Speakers;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine;
using Wolverine.Http;

namespace ClaimCheck.Api.Extraction;

public sealed record NewSpeakerRequest(string? PersonId, string? Name, string? Gender, string? Reason) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors
        .Text("personId", PersonId, limits.MaxIdChars, TextKind.Identifier)
        .Text("name", Name, limits.MaxNameChars, TextKind.Identifier)
        .Text("gender", Gender, limits.MaxIdChars, TextKind.Identifier)
        .Text("reason", Reason, limits.MaxReasonChars, TextKind.Prose);
}

public sealed record AliasRequest(string? Alias, string? Reason) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors
        .Text("alias", Alias, limits.MaxNameChars, TextKind.Identifier)
        .Text("reason", Reason, limits.MaxReasonChars, TextKind.Prose);
}

public sealed record MergeRequest(string? MergedId, string? Reason) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors
        .Text("mergedId", MergedId, limits.MaxIdChars, TextKind.Identifier)
        .Text("reason", Reason, limits.MaxReasonChars, TextKind.Prose);
}

public sealed record ReattributionRequest(string? SpeakerId, string? Reason) : ICheckedRequest
{
    public void Check(FieldErrors errors, RequestLimits limits) => errors
        .Text("speakerId", SpeakerId, limits.MaxIdChars, TextKind.Identifier)
        .Text("reason", Reason, limits.MaxReasonChars, TextKind.Prose);
}

public static class SpeakerEndpoints
{
    [WolverineGet("/api/speakers")]
    [Tags("Speakers")]
    [Authorize(Policy = nameof(Permission.ReadContent))]
    [EndpointSummary("Every known person with their aliases: the shipped registry plus fact-checkers' corrections.")]
    public static async Task<IReadOnlyList<Person>> List(IQuerySession session, QuoteExtractorProvider extractors, CancellationToken cancellation) =>
        (await extractors.RegistryAsync(session, cancellation)).People.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    [WolverinePost("/api/speakers")]
    [Tags("Speakers")]
    [Authorize(Policy = nameof(Permission.CorrectAttribution))]
    [EndpointSummary("Add a person the registry does not know.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    public static Task<IResult> Register(NewSpeakerRequest request, HttpContext context, IMessageBus bus, CancellationToken cancellation) =>
        Run(bus, new RegisterSpeaker(request.PersonId ?? "", request.Name ?? "", request.Gender, request.Reason ?? "", Actors.Of(context.User)), cancellation);

    [WolverinePost("/api/speakers/{id}/aliases")]
    [Tags("Speakers")]
    [Authorize(Policy = nameof(Permission.CorrectAttribution))]
    [EndpointSummary("Teach the registry another name for a person.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status409Conflict)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> AddAlias(
        string id, AliasRequest request, HttpContext context, RequestLimits limits, IMessageBus bus, CancellationToken cancellation)
    {
        if (PathProblem(id, limits) is { } invalidId) return invalidId;
        return await Run(bus, new AddSpeakerAlias(id, request.Alias ?? "", request.Reason ?? "", Actors.Of(context.User)), cancellation);
    }

    [WolverinePost("/api/speakers/{id}/merge")]
    [Tags("Speakers")]
    [Authorize(Policy = nameof(Permission.CorrectAttribution))]
    [EndpointSummary("Record that two registry entries are one person; the other id's quotes become this person's.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Merge(
        string id, MergeRequest request, HttpContext context, RequestLimits limits, IMessageBus bus, CancellationToken cancellation)
    {
        if (PathProblem(id, limits) is { } invalidId) return invalidId;
        return await Run(bus, new MergeSpeakers(id, request.MergedId ?? "", request.Reason ?? "", Actors.Of(context.User)), cancellation);
    }

    [WolverinePost("/api/articles/{articleId}/quotes/{quoteId}/speaker")]
    [Tags("Quotes")]
    [Authorize(Policy = nameof(Permission.CorrectAttribution))]
    [EndpointSummary("Correct who said a quote, with a reason; the article is judged again.")]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static Task<IResult> Reattribute(
        Guid articleId, Guid quoteId, ReattributionRequest request, HttpContext context, IMessageBus bus, CancellationToken cancellation) =>
        Run(bus, new ReattributeQuote(articleId, quoteId, request.SpeakerId ?? "", request.Reason ?? "", Actors.Of(context.User)), cancellation);

    /// <summary>A speaker id in the path obeys the same rules as one in a body.</summary>
    internal static IResult? PathProblem(string id, RequestLimits limits)
    {
        var errors = new FieldErrors().Text("id", id, limits.MaxIdChars, TextKind.Identifier);
        return errors.Any ? Problems.Invalid(errors, "Invalid speaker id") : null;
    }

    private static async Task<IResult> Run(IMessageBus bus, object command, CancellationToken cancellation)
    {
        var outcome = await bus.InvokeAsync<CorrectionOutcome>(command, cancellation);
        return outcome.Accepted
            ? Results.Ok(new { outcome.Detail })
            : Problems.Create(outcome.Status, outcome.Title, outcome.Detail);
    }
}
