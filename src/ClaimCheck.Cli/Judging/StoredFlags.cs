using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ClaimCheck.Cli.Judging;

/// <summary>What the service extracted and flagged for some articles, read back from the store.</summary>
public static class StoredFlags
{
    public static async Task PrintAsync(IServiceProvider services, IReadOnlyCollection<Guid> articleIds, IAnsiConsole console, CancellationToken cancellation)
    {
        await using var session = services.GetRequiredService<IDocumentStore>().QuerySession();
        var ids = articleIds.ToArray();
        var flags = await session.Query<FlagSummary>()
            .Where(f => f.FirstArticleId.IsOneOf(ids) || f.SecondArticleId.IsOneOf(ids))
            .ToListAsync(cancellation);
        var involved = flags.SelectMany(f => new[] { f.FirstArticleId, f.SecondArticleId }).Concat(ids).Distinct().ToArray();
        var articles = (await session.LoadManyAsync<ArticleQuotes>(cancellation, involved)).ToDictionary(a => a.Id);

        var quotes = ids.Sum(id => articles.TryGetValue(id, out var a) ? a.Quotes.Count : 0);
        var speakers = ids.SelectMany(id => articles.TryGetValue(id, out var a) ? a.Quotes.Select(q => q.SpeakerId) : [])
            .OfType<string>().Distinct().Count();
        console.MarkupLineInterpolated($"[bold]{quotes} quotes and claims extracted, {speakers} speakers identified.[/]");

        var claims = articles.Values.SelectMany(a => JudgedClaims.Of(a).Select(c => (Claim: c, Source: Source(a)))).ToDictionary(x => x.Claim.ClaimId);
        var rows = flags
            .Where(f => claims.ContainsKey(f.FirstClaimId) && claims.ContainsKey(f.SecondClaimId))
            .Select(f => new FlagRow(f.Label, f.Score, claims[f.FirstClaimId].Source, claims[f.FirstClaimId].Claim,
                claims[f.SecondClaimId].Source, claims[f.SecondClaimId].Claim, f.Reasons))
            .ToList();
        FlagTable.Print(rows, console);
    }

    private static string Source(ArticleQuotes article) => article.Source.StartsWith("file:", StringComparison.Ordinal) ? article.Source[5..] : article.Source;
}
