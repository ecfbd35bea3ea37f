using ClaimCheck.Input;
using ClaimCheck.Access;
using ClaimCheck.Api.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Operations;

public sealed record DeadLettersReplayed(int Requested);

public static class DeadLetterEndpoints
{
    [WolverineGet("/api/admin/dead-letters")]
    [Authorize(Policy = nameof(Permission.ManageDeadLetters))]
    [Tags("Operations")]
    [EndpointSummary("Messages the service gave up on, with the failure and the article they concern (never the article's text).")]
    [ProducesResponseType<Page<DeadLetterView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> List(DeadLetterInbox inbox, RequestLimits limits, string? page, string? pageSize, CancellationToken cancellation)
    {
        var query = new QueryReader(limits);
        var (pageNumber, size) = Paging.Read(query, page, pageSize);
        if (query.Errors.Any) return Problems.InvalidQuery(query.Errors);
        var (items, total) = await inbox.ListAsync(pageNumber, size, cancellation);
        return Results.Ok(new Page<DeadLetterView>(items, pageNumber, size, total));
    }

    [WolverinePost("/api/admin/dead-letters/{id}/replay")]
    [Authorize(Policy = nameof(Permission.ManageDeadLetters))]
    [Tags("Operations")]
    [EndpointSummary("Put one dead-lettered message back on its queue.")]
    [ProducesResponseType<DeadLettersReplayed>(StatusCodes.Status202Accepted)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> ReplayOne(Guid id, DeadLetterInbox inbox, CancellationToken cancellation)
    {
        if (!await inbox.ExistsAsync(id)) return Problems.NotFound("dead letter", id);
        await inbox.ReplayAsync([id], cancellation);
        return Results.Accepted("/api/admin/dead-letters", new DeadLettersReplayed(1));
    }

    [WolverinePost("/api/admin/dead-letters/replay")]
    [Authorize(Policy = nameof(Permission.ManageDeadLetters))]
    [Tags("Operations")]
    [EndpointSummary("Put every dead-lettered message back on its queue.")]
    [ProducesResponseType<DeadLettersReplayed>(StatusCodes.Status202Accepted)]
    public static async Task<IResult> ReplayAll(DeadLetterInbox inbox, CancellationToken cancellation)
    {
        var count = await inbox.CountAsync(cancellation);
        await inbox.ReplayAllAsync(cancellation);
        return Results.Accepted("/api/admin/dead-letters", new DeadLettersReplayed((int)count));
    }
}
