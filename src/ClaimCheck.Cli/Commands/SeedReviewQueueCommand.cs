using System.CommandLine;
using System.Diagnostics;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Judging;
using ClaimCheck.Review;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Fills a database with judge-opened cases for load tests of the review queue (ops/bench-review-queue).
/// Cases are appended straight to the store, a batch of streams per transaction, because going through the
/// judge would measure the judge. Generated with a fixed seed so two runs hold the same queue.
/// </summary>
public static class SeedReviewQueueCommand
{
    public const int SpeakerCount = 200;
    private static readonly string[] Labels = ["contradiction", "numbers-differ", "attribution"];

    public static string SpeakerId(int index) => $"speaker:bench-{index:D3}";

    public static Command Create()
    {
        var cases = new Option<int>("--cases") { Description = "How many cases to add", DefaultValueFactory = _ => 100_000 };
        var batch = new Option<int>("--batch") { Description = "Case streams started per transaction", DefaultValueFactory = _ => 1_000 };
        var command = new Command("seed-review-queue",
            "Add judge-opened cases (spread over 200 speakers, 3 labels, scores 0.5-1) for review-queue benchmarks. Never on a real database.");
        command.Options.Add(cases);
        command.Options.Add(batch);
        command.SetAction(async (parse, cancellation) =>
        {
            var total = parse.GetValue(cases);
            var batchSize = parse.GetValue(batch);
            if (total < 1 || batchSize < 1)
            {
                await Console.Error.WriteLineAsync("error: --cases and --batch must be positive.");
                return 2;
            }
            using var host = ServiceHost.Build();
            await host.StartAsync(cancellation);
            var store = host.Services.GetRequiredService<IDocumentStore>();
            var clock = host.Services.GetRequiredService<TimeProvider>();
            var random = new Random(1);
            var start = clock.GetUtcNow();
            var watch = Stopwatch.StartNew();
            for (var done = 0; done < total; done += batchSize)
            {
                await using var session = store.LightweightSession();
                session.LastModifiedBy = ClaimCheck.Access.ServiceActors.SeedReviewQueue;
                for (var i = done; i < Math.Min(total, done + batchSize); i++)
                {
                    var flagged = Flagged(random, start.AddMinutes(-i));
                    session.Events.StartStream<Case>(flagged.CaseId, flagged);
                }
                await session.SaveChangesAsync(cancellation);
                if ((done / batchSize) % 10 == 9 || done + batchSize >= total)
                    AnsiConsole.MarkupLineInterpolated($"{Math.Min(total, done + batchSize)} cases, {watch.Elapsed.TotalSeconds:F0} s");
            }
            await host.StopAsync(CancellationToken.None);
            AnsiConsole.MarkupLineInterpolated($"Seeded {total} cases in {watch.Elapsed.TotalSeconds:F1} s; speakers {SpeakerId(0)} to {SpeakerId(SpeakerCount - 1)}.");
            return 0;
        });
        return command;
    }

    private static ContradictionFlagged Flagged(Random random, DateTimeOffset judgedAt)
    {
        var score = Math.Round(0.5 + random.NextDouble() / 2, 4);
        var speaker = SpeakerId(random.Next(SpeakerCount));
        return new ContradictionFlagged(
            Guid.CreateVersion7(judgedAt), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), [speaker],
            Labels[random.Next(Labels.Length)], score,
            [new FiredRule("seeded", "Generated for a load test.")],
            new Dictionary<string, double> { ["contradiction"] = score, ["neutral"] = 1 - score },
            new Dictionary<string, float> { ["polarity"] = 1f },
            "bench-model", "bench-rules", judgedAt);
    }
}
