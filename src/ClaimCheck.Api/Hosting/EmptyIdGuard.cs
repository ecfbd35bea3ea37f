namespace ClaimCheck.Api.Hosting;

/// <summary>
/// Answers 404 for any route whose id is the empty GUID, which names nothing, before an endpoint hands it to the
/// store. One place for every route, rather than a check in each endpoint.
/// </summary>
public static class EmptyIdGuard
{
    public static IApplicationBuilder UseEmptyIdGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        foreach (var (name, value) in context.Request.RouteValues)
            if (value is string text && Guid.TryParse(text, out var id) && id == Guid.Empty)
            {
                await Problems.Create(StatusCodes.Status404NotFound, "Unknown id",
                    $"{name} is the empty GUID, which names nothing.", new Dictionary<string, object?> { ["parameter"] = name })
                    .ExecuteAsync(context);
                return;
            }
        await next(context);
    });
}
