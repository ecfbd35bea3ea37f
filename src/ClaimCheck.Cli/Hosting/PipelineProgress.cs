using ClaimCheck.Extraction;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Wolverine.Tracking;

namespace ClaimCheck.Cli.Hosting;

/// <summary>Waits for the background stages (extraction, judging) to finish the articles a command just ingested.</summary>
public static class PipelineProgress
{
    public static async Task WaitForAsync(IHost host, IReadOnlyCollection<Guid> articleIds, TimeSpan timeout, CancellationToken cancellation)
    {
        var store = host.Services.GetRequiredService<IDocumentStore>();
        var ids = articleIds.ToArray();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await using var session = store.QuerySession();
            var extracted = await session.Query<ArticleQuotes>().CountAsync(a => a.Id.IsOneOf(ids) && a.ExtractorVersion != null, cancellation);
            var pending = await host.GetRuntime().Storage.Admin.FetchCountsAsync();
            if (extracted == ids.Length && pending.Incoming == 0 && pending.Outgoing == 0) return;
            await Task.Delay(50, cancellation);
        }
        throw new TimeoutException($"Extraction and judging of {ids.Length} articles did not finish within {timeout.TotalSeconds:0} s.");
    }
}
