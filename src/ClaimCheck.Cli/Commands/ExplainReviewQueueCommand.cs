using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimCheck.Api.Lists;
using ClaimCheck.Api.Review;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Review;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// For ops/bench-review-queue: prints EXPLAIN (ANALYZE, BUFFERS) of the exact SQL the review queue runs for the
/// benchmarked requests (page and count), and writes each page query with its values inlined as a pgbench script,
/// so the plain indexed SQL read is measured next to the API.
/// </summary>
public static partial class ExplainReviewQueueCommand
{
    public static Command Create()
    {
        var speaker = new Option<string>("--speaker") { Description = "Speaker of the filtered request", DefaultValueFactory = _ => SeedReviewQueueCommand.SpeakerId(42) };
        var pgbench = new Option<string?>("--pgbench-dir") { Description = "Write open.sql and speaker.sql (page queries with inlined values) here" };
        var command = new Command("explain-review-queue", "EXPLAIN (ANALYZE, BUFFERS) of the review queue's page and count queries, unfiltered and by speaker.");
        command.Options.Add(speaker);
        command.Options.Add(pgbench);
        command.SetAction(async (parse, cancellation) => await ServiceHost.RunAsync(async (services, token) =>
        {
            var reader = services.GetRequiredService<IndexedListReader>();
            var dataSource = services.GetRequiredService<NpgsqlDataSource>();
            var requests = new (string Name, ReviewQueueFilter Filter)[]
            {
                ("open", new ReviewQueueFilter(CaseState.Open)),
                ("speaker", new ReviewQueueFilter(CaseState.Open, Speaker: parse.GetValue(speaker))),
            };
            foreach (var (name, filter) in requests)
            {
                var request = ReviewQueueQuery.Request(filter, null, 1, 50);
                var first = await reader.PageAsync<ReviewQueueItem>(ReviewLists.Queue, request, token);
                var queries = new (string Label, NpgsqlCommand Command)[]
                {
                    ($"{name}: page 1", reader.PageCommand(ReviewLists.Queue, request)),
                    ($"{name}: page 2 by cursor", reader.PageCommand(ReviewLists.Queue, request with { After = first.Next })),
                    ($"{name}: count", reader.CountCommand(ReviewLists.Queue, request)),
                };
                foreach (var (label, query) in queries)
                {
                    await using (query)
                    {
                        Console.WriteLine($"-- {label}\n-- {Inline(query)}");
                        await using var explain = dataSource.CreateCommand("EXPLAIN (ANALYZE, BUFFERS) " + query.CommandText);
                        foreach (NpgsqlParameter p in query.Parameters) explain.Parameters.Add(p.Clone());
                        await using var rows = await explain.ExecuteReaderAsync(token);
                        while (await rows.ReadAsync(token)) Console.WriteLine(rows.GetString(0));
                        Console.WriteLine();
                    }
                }
                if (parse.GetValue(pgbench) is { } dir)
                {
                    Directory.CreateDirectory(dir);
                    await using var page = reader.PageCommand(ReviewLists.Queue, request);
                    await File.WriteAllTextAsync(Path.Combine(dir, $"{name}.sql"), Inline(page) + ";\n", token);
                }
            }
            return 0;
        }, cancellation));
        return command;
    }

    /// <summary>The command's SQL with each parameter replaced by a literal, as pgbench needs it.</summary>
    private static string Inline(NpgsqlCommand command) => Parameter().Replace(command.CommandText, match =>
    {
        var p = command.Parameters[match.Groups[1].Value];
        return p.Value switch
        {
            // E'...' with the colon escaped: pgbench reads ":name" as one of its variables.
            string s => "E'" + s.Replace("\\", "\\\\").Replace("'", "\\'").Replace(":", "\\x3a") + "'",
            double d when double.IsNegativeInfinity(d) => "'-Infinity'::double precision",
            double d => d.ToString("R", CultureInfo.InvariantCulture) + "::double precision",
            DateTime t => $"'{t:O}'::timestamptz",
            Guid g => $"'{g}'::uuid",
            short or int or long => Convert.ToString(p.Value, CultureInfo.InvariantCulture)! + (p.NpgsqlDbType == NpgsqlDbType.Smallint ? "::smallint" : ""),
            _ => throw new InvalidOperationException($"No literal for parameter {p.ParameterName}"),
        };
    });

    [GeneratedRegex("@([a-z_0-9]+)")]
    private static partial Regex Parameter();
}
