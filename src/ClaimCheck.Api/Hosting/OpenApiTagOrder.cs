using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClaimCheck.Api.Hosting;

/// <summary>
/// The API reference lists its groups in the order a newsroom works (cases first, users and operations last), not in
/// the order endpoints happen to be registered, which changes with how Wolverine discovers them.
/// </summary>
public sealed class OpenApiTagOrder : IOpenApiDocumentTransformer
{
    private static readonly string[] Order = ["Cases", "Flags", "Articles", "Quotes", "Speakers", "ClaimReview", "Audit", "Users", "Operations"];

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        if (document.Tags is { Count: > 0 } tags)
            document.Tags = new SortedSet<OpenApiTag>(tags, Comparer<OpenApiTag>.Create((a, b) =>
                (Rank(a.Name), a.Name ?? "").CompareTo((Rank(b.Name), b.Name ?? ""))));
        return Task.CompletedTask;
    }

    private static int Rank(string? tag) => Array.IndexOf(Order, tag) is var i and >= 0 ? i : Order.Length;
}
