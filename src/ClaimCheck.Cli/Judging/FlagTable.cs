using ClaimCheck.Judging;
using Spectre.Console;

namespace ClaimCheck.Cli.Judging;

/// <summary>One flagged pair as a reviewer reads it on a terminal.</summary>
public sealed record FlagRow(string Label, double Score, string FirstSource, JudgedClaim First, string SecondSource, JudgedClaim Second, IReadOnlyList<FiredRule> Reasons);

public static class FlagTable
{
    public static void Print(IReadOnlyList<FlagRow> rows, IAnsiConsole console)
    {
        if (rows.Count == 0)
        {
            console.MarkupLine("No flags.");
            return;
        }
        // A list, not a table: claims and reasons are sentences, and terminals are narrow.
        foreach (var row in rows.OrderByDescending(r => r.Score))
        {
            console.MarkupLineInterpolated($"[bold]{row.Label}[/] score {row.Score:0.00}");
            console.MarkupLineInterpolated($"  earlier: {Describe(row.FirstSource, row.First)}");
            console.MarkupLineInterpolated($"  later:   {Describe(row.SecondSource, row.Second)}");
            foreach (var reason in row.Reasons)
                console.MarkupLineInterpolated($"  why:     {reason.RuleId}: {reason.Reason}");
        }
        console.MarkupLineInterpolated($"{rows.Count} flags: {string.Join(", ", rows.GroupBy(r => r.Label).Select(g => $"{g.Count()} {g.Key}"))}");
    }

    private static string Describe(string source, JudgedClaim claim) =>
        $"[{source}, {claim.PublishedAt:yyyy-MM-dd}] {claim.Kind.ToString().ToLowerInvariant()} {(claim.SpeakerId is { } s ? s + ": " : "")}\"{Shorten(claim.Text)}\"";

    private static string Shorten(string text) => text.Length <= 140 ? text : text[..139] + "…";
}
