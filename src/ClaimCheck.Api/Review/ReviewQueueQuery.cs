using ClaimCheck.Api.Lists;
using ClaimCheck.Review;

namespace ClaimCheck.Api.Review;

/// <summary>What a reviewer narrows the queue to; every part is optional.</summary>
public sealed record ReviewQueueFilter(
    CaseState? State = null, string? Assignee = null, string? Speaker = null, Guid? Article = null, string? Label = null, double? MinScore = null);

/// <summary>
/// The review queue as every screen reads it (the API, the desk): highest score first, then oldest, then id, from
/// the queue's indexed list. The most selective filter drives the index (article, speaker, assignee, label, in that
/// order); the others are checked on the case's own entries.
/// </summary>
public sealed class ReviewQueueQuery(IndexedListReader reader)
{
    public Task<ListPage<ReviewQueueItem>> ReadAsync(
        ReviewQueueFilter filter, ListCursor? after, int pageNumber, int pageSize, CancellationToken cancellation) =>
        reader.ReadAsync<ReviewQueueItem>(ReviewLists.Queue, Request(filter, after, pageNumber, pageSize), cancellation);

    /// <summary>How many cases the filter matches in each state (the filter's own state is ignored), every state named, zeros included.</summary>
    public async Task<IReadOnlyList<(CaseState State, long Cases)>> CountByStateAsync(ReviewQueueFilter filter, CancellationToken cancellation)
    {
        var counts = await reader.StateCountsAsync(ReviewLists.Queue, Request(filter with { State = null }, null, 1, 1), cancellation);
        return Enum.GetValues<CaseState>().Select(s => (s, counts.GetValueOrDefault((short)s))).ToList();
    }

    public static ListRequest Request(ReviewQueueFilter filter, ListCursor? after, int pageNumber, int pageSize)
    {
        var filters = new List<ListFilter>();
        if (filter.Article is { } article) filters.Add(new("article", article.ToString("D")));
        if (filter.Speaker is { } speaker) filters.Add(new("speaker", speaker));
        if (filter.Assignee is { } assignee) filters.Add(new("assignee", assignee));
        if (filter.Label is { } label) filters.Add(new("label", label));
        var (maxRank, minRank) = ListRequest.ScoreAtLeast(filter.MinScore);
        return new ListRequest(filters, filter.State is { } state ? (short)state : null, maxRank, minRank, after, pageNumber, pageSize);
    }
}
