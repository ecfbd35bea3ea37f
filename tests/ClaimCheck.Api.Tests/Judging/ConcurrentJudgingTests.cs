using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Judging;
using ClaimCheck.Api.Operations;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using Wolverine.Tracking;

namespace ClaimCheck.Api.Tests.Judging;

[Collection(ApiCollection.Name)]
public sealed class ConcurrentJudgingTests(ApiFixture api)
{
    private const int Articles = 16;

    private static ExtractedQuote Quote(QuoteKind kind, string text, string? speakerId, ClaimFrame frame) =>
        new(kind, text, speakerId, speakerId, kind == QuoteKind.Headline ? null : "a déclaré", 0, text.Length, 0.9, text, 0, text.Length, frame);

    private async Task<Guid> StoreExtractedArticle(string title, DateTimeOffset publishedAt, ExtractedQuote quote)
    {
        var submission = new ArticleSubmission($"{title} {Guid.NewGuid():N}", true, "Corps.", "concurrent-judging-test", null, publishedAt, "fr", false);
        await using var session = api.Store.LightweightSession();
        var ingested = submission.ToEvent(DateTimeOffset.UtcNow);
        var state = ArticleQuotes.Create(ingested);
        session.Events.StartStream<Article>(submission.ArticleId, ingested, state.DecideExtraction("test-extractor/1", [quote], DateTimeOffset.UtcNow)!);
        await session.SaveChangesAsync();
        return submission.ArticleId;
    }

    [Fact]
    public async Task Articles_judged_in_parallel_that_share_every_pair_open_each_case_once_without_a_retry_or_a_dead_letter()
    {
        api.Host.Services.GetRequiredService<JudgingOptions>().Parallelism.ShouldBeGreaterThan(1);
        // A person and a summit of this test's own, so only its articles pair with each other.
        var person = $"person-{Guid.NewGuid():N}"[..20];
        var summit = $"Sommet{Guid.NewGuid():N}"[..14];
        var day = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var ids = new List<Guid>();
        for (var i = 0; i < Articles; i++)
        {
            ids.Add(i % 2 == 0
                ? await StoreExtractedArticle($"{person} veut rencontrer Biden au {summit}", day.AddDays(i),
                    Quote(QuoteKind.Headline, $"{person} veut rencontrer Biden au {summit}", null,
                        new ClaimFrame(person, "meet", "joe-biden", Polarity.Affirmed, Modality.Wants, summit, [], [])))
                : await StoreExtractedArticle($"{person} ne viendra pas au {summit}", day.AddDays(i),
                    Quote(QuoteKind.Indirect, $"{person} ne participera pas au {summit}", "kremlin",
                        new ClaimFrame(person, "attend", null, Polarity.Negated, Modality.Asserted, summit, [], []))));
        }
        var inbox = api.Host.Services.GetRequiredService<DeadLetterInbox>();
        var deadBefore = await inbox.CountAsync(CancellationToken.None);

        // Every article is extracted already, so each judge finds every other article's claim, and the judges running
        // at once find the same pairs. Any exception counts, a collision that a retry would have absorbed included.
        Func<IMessageContext, Task> sendAll = async bus =>
        {
            foreach (var id in ids) await bus.SendAsync(new JudgeArticleClaims(id));
        };
        var tracked = await api.Host.TrackActivity().Timeout(TimeSpan.FromMinutes(3)).ExecuteAndWaitAsync(sendAll);

        tracked.AllExceptions().Select(e => e.GetType().Name).ShouldBeEmpty("a judge failed (and was retried) instead of finding the case opened by another");
        tracked.Executed.MessagesOf<JudgeArticleClaims>().Count().ShouldBe(Articles, "each article is judged once: more executions are retries after a collision");

        await using var session = api.Store.QuerySession();
        var flags = await session.Query<FlagSummary>()
            .Where(f => f.FirstArticleId.IsOneOf(ids.ToArray()) && f.SecondArticleId.IsOneOf(ids.ToArray()))
            .ToListAsync();
        // Each article wishing to meet conflicts with each article saying the person will not come: 8 x 8 pairs.
        flags.Count.ShouldBe(Articles / 2 * (Articles / 2));
        flags.Select(f => (f.FirstArticleId, f.SecondArticleId)).Distinct().Count().ShouldBe(flags.Count);
        foreach (var flag in flags)
        {
            var events = await session.Events.FetchStreamAsync(flag.Id);
            events.Count(e => e.Data is ContradictionFlagged).ShouldBe(1, $"case {flag.Id}");
        }
        (await inbox.CountAsync(CancellationToken.None)).ShouldBe(deadBefore);
        var chain = await api.Host.Services.GetRequiredService<EventChainAudit>().VerifyAsync(CancellationToken.None);
        chain.IsIntact.ShouldBeTrue(string.Join("; ", chain.Broken.Select(b => $"{b.StreamId}: {b.Detail}")));
    }
}
