using ClaimCheck.Input;

namespace ClaimCheck.Api.Hosting;

/// <summary>One page of a list, with what a client needs to fetch the next.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount)
{
    public bool HasNextPage => (long)PageNumber * PageSize < TotalCount;
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    /// <summary>Reads page and pageSize; a bad value is recorded in the reader's errors under its name.</summary>
    public static (int Page, int Size) Read(QueryReader query, string? page, string? pageSize) =>
        (query.Int("page", page, 1, 1, query.Limits.MaxPage), query.Int("pageSize", pageSize, DefaultPageSize, 1, MaxPageSize));
}
