using System.Globalization;
using ClaimCheck.Access;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Input;
using ClaimCheck.Review;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace ClaimCheck.Api.Review;

public static class CaseReadEndpoints
{
    /// <summary>
    /// The current case from its inline snapshot, or, with <c>version</c> or <c>asOf</c>, the case rebuilt from
    /// its events exactly as it stood then.
    /// </summary>
    [WolverineGet("/api/cases/{id}")]
    [Authorize(Policy = nameof(Permission.ReadQueue))]
    [Tags("Cases")]
    [EndpointSummary("One case with its version as ETag; ?version=N or ?asOf=<ISO instant> give the case as it stood then.")]
    [ProducesResponseType<CaseView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> Get(
        Guid id, string? version, string? asOf, HttpContext context, IQuerySession session, StoreResilience resilience, RequestLimits limits,
        CancellationToken cancellation)
    {
        if (version is not null && asOf is not null)
            return Problems.Create(StatusCodes.Status400BadRequest, "Ambiguous time travel", "Ask for a version or an instant, not both.");
        var q = new QueryReader(limits);
        var atVersion = q.Long("version", version, 1, long.MaxValue);
        var atInstant = q.Instant("asOf", asOf);
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);

        var found = await resilience.ExecuteAsync(token => new ValueTask<(Case?, long)>(Load(session, id, atVersion, atInstant, token)), cancellation);
        if (found is not ({ } reviewCase, var caseVersion))
            return atVersion is null && atInstant is null
                ? Problems.NotFound("case", id)
                : Problems.Create(StatusCodes.Status404NotFound, "No such case version",
                    $"Case {id} did not exist at {(atVersion is { } v ? $"version {v}" : atInstant!.Value.ToString("O", CultureInfo.InvariantCulture))}.");
        context.Response.Headers.ETag = CaseVersions.ETag(caseVersion);
        return Results.Ok(CaseView.Of(reviewCase, caseVersion));
    }

    private static async Task<(Case?, long)> Load(IQuerySession session, Guid id, long? atVersion, DateTimeOffset? atInstant, CancellationToken cancellation)
    {
        if (atVersion is null && atInstant is null)
        {
            var state = await session.Events.FetchStreamStateAsync(id, cancellation);
            var current = state is null ? null : await session.LoadAsync<Case>(id, cancellation);
            return (current, state?.Version ?? 0);
        }
        // The version reached at that instant (or the one asked for, if the stream got that far) is the last event read.
        var events = atVersion is { } v
            ? await session.Events.FetchStreamAsync(id, version: v, token: cancellation)
            : await session.Events.FetchStreamAsync(id, timestamp: atInstant, token: cancellation);
        if (events.Count == 0 || (atVersion is { } wanted && events[^1].Version != wanted)) return (null, 0);
        var reached = events[^1].Version;
        return (await session.Events.AggregateStreamAsync<Case>(id, reached, token: cancellation), reached);
    }

    [WolverineGet("/api/cases/{id}/history")]
    [Authorize(Policy = nameof(Permission.ReadHistory))]
    [Tags("Cases")]
    [EndpointSummary("Every event of the case in order, with who, when, correlation and causation ids and the event data.")]
    [ProducesResponseType<IReadOnlyList<EventRecordView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status404NotFound)]
    public static async Task<IResult> History(Guid id, IQuerySession session, StoreResilience resilience, CancellationToken cancellation)
    {
        var events = await resilience.ExecuteAsync(async token => await session.Events.FetchStreamAsync(id, token: token), cancellation);
        return events.Count == 0
            ? Problems.NotFound("case", id)
            : Results.Ok(events.OrderBy(e => e.Version).Select(EventRecordView.Of).ToList());
    }

    [WolverineGet("/api/review-queue")]
    [Authorize(Policy = nameof(Permission.ReadQueue))]
    [Tags("Cases")]
    [EndpointSummary("The review queue, highest score first then oldest; filter by state, assignee, speaker, article, label and minimum score; " +
                     "follow nextCursor (or the Link rel=next header) for the next page.")]
    [ProducesResponseType<Page<QueueItemView>>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> Queue(
        HttpContext context, ReviewQueueQuery queue, StoreResilience resilience, RequestLimits limits, string? state, string? assignee,
        string? speaker, string? article, string? label, string? minScore, string? page, string? pageSize, string? cursor,
        CancellationToken cancellation)
    {
        var q = new QueryReader(limits);
        var (pageNumber, size) = Paging.Read(q, page, pageSize);
        var after = Paging.Cursor(q, cursor, page);
        var filter = new ReviewQueueFilter(
            q.Choice("state", state, CaseNames.ParseState, Enum.GetValues<CaseState>().Select(CaseNames.Of)),
            q.Text("assignee", assignee), q.Text("speaker", speaker), q.Id("article", article), q.Text("label", label),
            q.Number("minScore", minScore, 0, 1));
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);

        var result = await resilience.ExecuteAsync(
            async token => await queue.ReadAsync(filter, after, pageNumber, size, token), cancellation);
        if (result.Next is { } next) context.Response.Headers.Link = Paging.NextLink(context.Request, next.Encode());
        return Results.Ok(result.ToPage(QueueItemView.Of));
    }

    [WolverineGet("/api/review-queue/counts")]
    [Authorize(Policy = nameof(Permission.ReadQueue))]
    [Tags("Cases")]
    [EndpointSummary("How many cases the queue's filters (assignee, speaker, article, label, minimum score) match in each state, and in all; " +
                     "read from counts kept with every write, so it costs the same at any size.")]
    [ProducesResponseType<QueueCountsView>(StatusCodes.Status200OK)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    public static async Task<IResult> QueueCounts(
        ReviewQueueQuery queue, StoreResilience resilience, RequestLimits limits, string? assignee, string? speaker, string? article,
        string? label, string? minScore, CancellationToken cancellation)
    {
        var q = new QueryReader(limits);
        var filter = new ReviewQueueFilter(
            null, q.Text("assignee", assignee), q.Text("speaker", speaker), q.Id("article", article), q.Text("label", label),
            q.Number("minScore", minScore, 0, 1));
        if (q.Errors.Any) return Problems.InvalidQuery(q.Errors);

        var counts = await resilience.ExecuteAsync(async token => await queue.CountByStateAsync(filter, token), cancellation);
        return Results.Ok(QueueCountsView.Of(counts));
    }
}

/// <summary>Cases per state for one queue filter; <see cref="States"/> names every state in workflow order, zeros included.</summary>
public sealed record QueueCountsView(long Total, IReadOnlyDictionary<string, long> States)
{
    public static QueueCountsView Of(IReadOnlyList<(CaseState State, long Cases)> counts)
    {
        var states = new Dictionary<string, long>();
        foreach (var (state, cases) in counts) states[CaseNames.Of(state)] = cases;
        return new QueueCountsView(counts.Sum(c => c.Cases), states);
    }
}
