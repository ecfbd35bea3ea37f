using ClaimCheck.Api.Lists;
using ClaimCheck.Input;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimCheck.Api.Hosting;

/// <summary>
/// One page of a list, with what a client needs to fetch the next. Keyset-paged lists also give
/// <see cref="NextCursor"/> (and a <c>Link: rel="next"</c> header): following it costs the same at any depth.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount)
{
    private readonly bool? _hasNextPage;

    public bool HasNextPage
    {
        get => _hasNextPage ?? (long)PageNumber * PageSize < TotalCount;
        init => _hasNextPage = value;
    }

    public string? NextCursor { get; init; }
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Reads page and pageSize; a bad value is recorded in the reader's errors under its name.</summary>
    public static (int Page, int Size) Read(QueryReader query, string? page, string? pageSize) =>
        (query.Int("page", page, 1, 1, query.Limits.MaxPage), query.Int("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize));

    /// <summary>Reads a keyset cursor; one given with a page number, or not written by this service, is an error.</summary>
    public static ListCursor? Cursor(QueryReader query, string? cursor, string? page)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        if (!string.IsNullOrEmpty(page))
        {
            query.Errors.Add("cursor", "Give a cursor or a page number, not both: the cursor already names its page.");
            return null;
        }
        if (ListCursor.Decode(cursor) is { } decoded) return decoded;
        query.Errors.Add("cursor", "cursor must be a nextCursor value returned by this list.");
        return null;
    }

    public static Page<TView> ToPage<TItem, TView>(this ListPage<TItem> page, Func<TItem, TView> view) =>
        new(page.Items.Select(view).ToList(), page.PageNumber, page.PageSize, page.TotalCount)
        {
            HasNextPage = page.HasNextPage,
            NextCursor = page.Next?.Encode(),
        };

    /// <summary>The request's own URL with its page and cursor replaced by <paramref name="cursor"/>, for a Link header.</summary>
    public static string NextLink(HttpRequest request, string cursor)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(p => p.Key is not ("page" or "cursor"))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new("cursor", cursor));
        return $"<{QueryHelpers.AddQueryString(request.PathBase + request.Path, query)}>; rel=\"next\"";
    }
}
