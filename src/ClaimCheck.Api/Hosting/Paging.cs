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

    /// <summary>Checks page and pageSize query values; returns a problem naming the bad one.</summary>
    public static IResult? Validate(int? page, int? pageSize, out int pageNumber, out int size)
    {
        pageNumber = page ?? 1;
        size = pageSize ?? DefaultPageSize;
        if (pageNumber < 1)
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid page", "page starts at 1.");
        if (size is < 1 or > MaxPageSize)
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid page size", $"pageSize must be between 1 and {MaxPageSize}.");
        return null;
    }
}
