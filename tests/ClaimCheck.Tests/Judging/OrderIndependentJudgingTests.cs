using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests.Judging;

/// <summary>
/// The service judges each article, in whatever order extraction finishes, against the stored articles it could
/// conflict with. These tests run that path in memory over the sample corpus and variations of it (copies a few days
/// apart, copies on the same day, copies with the headline dropped) in shuffled orders.
/// </summary>
public sealed class OrderIndependentJudgingTests
{
    private sealed record Batch(Guid Id, DateTimeOffset Date, IReadOnlyList<StoredClaim> Stored)
    {
        public IEnumerable<JudgedClaim> Claims => Stored.Select(s => s.Claim);
    }

    private static readonly Lazy<IReadOnlyList<Batch>> Articles = new(BuildBatch);

    private static IReadOnlyList<Batch> BuildBatch()
    {
        var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
        var dates = File.ReadAllLines(Path.Combine(SampleCorpus.Directory, "published.tsv"))
            .Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => DateTimeOffset.Parse(p[1] + "T00:00:00Z"));
        var batch = new List<Batch>();
        foreach (var file in Directory.EnumerateFiles(SampleCorpus.Directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var draft = ArticleTextFormat.Parse(File.ReadAllText(file), Path.GetFileName(file));
            var quotes = extractor.Extract(draft.Title, draft.Body, "fr");
            var bodyOnly = quotes.Where(q => q.Kind != QuoteKind.Headline).ToList();
            // Offsets 0 and 0 again give same-day copies; a copy without its headline changes which claims meet.
            foreach (var (offset, variant) in new[] { (0, 0), (0, 1), (3, 2), (10, 3), (40, 4) })
            {
                var name = $"{Path.GetFileName(file)}#{variant}";
                var date = dates[Path.GetFileName(file)].AddDays(offset);
                var id = JudgedClaims.ArticleIdFor(name);
                var claims = (variant == 3 ? bodyOnly : quotes)
                    .Select(q => new StoredClaim(JudgedClaims.FromQuote(q, id, date, extractor.Version), "fr", q.Speaker, q.Cue)).ToList();
                batch.Add(new Batch(id, date, claims));
            }
        }
        return batch;
    }

    /// <summary>The service's judging path: each article's claims retrieved against the stored ones, in arrival order.</summary>
    private static HashSet<string> FlagsInOrder(IEnumerable<Batch> arrivals, PairJudge judge, JudgingWindow window)
    {
        var retrieval = new InMemoryClaimRetrieval(window);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in arrivals)
        {
            var retrieved = article.Stored.Select(retrieval.CandidatesFor).ToList();
            retrieved.ShouldAllBe(r => !r.Truncated, "a retrieval ceiling bound, so arrival order could matter");
            foreach (var finding in ArticleJudging.Judge(article.Stored, retrieved, judge))
                flags.Add(FlagKey(finding));
            foreach (var claim in article.Stored) retrieval.Add(claim);
        }
        return flags;
    }

    private static string FlagKey(JudgingFinding finding)
    {
        var (a, b) = (finding.First.Claim.ClaimId, finding.Second.Claim.ClaimId);
        var (low, high) = a.CompareTo(b) <= 0 ? (a, b) : (b, a);
        return $"{low:N}|{high:N}|{finding.Label}|{finding.Score:0.000000}|{string.Join(",", finding.Reasons.Select(r => r.RuleId))}";
    }

    private static IEnumerable<Batch> Shuffled(int seed)
    {
        var items = Articles.Value.ToArray();
        new Random(seed).Shuffle(items);
        return items;
    }

    [Fact]
    public void The_same_articles_give_the_same_flags_whatever_order_they_arrive_in()
    {
        var judge = Model.Judge();
        var inDateOrder = FlagsInOrder(Articles.Value.OrderBy(a => a.Date), judge, JudgingWindow.Default);
        inDateOrder.Count.ShouldBeGreaterThan(20);

        foreach (var seed in new[] { 1, 7, 42, 1234, 99_999 })
        {
            var shuffled = FlagsInOrder(Shuffled(seed), judge, JudgingWindow.Default);
            shuffled.Except(inDateOrder).ShouldBeEmpty($"seed {seed}: flags only in the shuffled run");
            inDateOrder.Except(shuffled).ShouldBeEmpty($"seed {seed}: flags only in the date-ordered run");
        }
        FlagsInOrder(Articles.Value.OrderByDescending(a => a.Date), judge, JudgingWindow.Default).SetEquals(inDateOrder).ShouldBeTrue();
    }

    [Fact]
    public void A_pair_gets_the_same_verdict_whichever_claim_is_judged_first()
    {
        var judge = Model.Judge();
        var claims = Articles.Value.SelectMany(a => a.Claims).ToList();
        var random = new Random(5);
        for (var i = 0; i < 400; i++)
        {
            var a = claims[random.Next(claims.Count)];
            var b = claims[random.Next(claims.Count)];
            var forward = judge.Judge(a, b);
            var backward = judge.Judge(b, a);
            backward.Label.ShouldBe(forward.Label);
            backward.Score.ShouldBe(forward.Score);
            backward.Features.ShouldBe(forward.Features);
        }
    }

    [Fact]
    public void The_window_is_a_property_of_the_pair_so_articles_too_far_apart_are_never_compared()
    {
        var judge = Model.Judge();
        var narrow = new JudgingWindow(TimeSpan.FromDays(5));
        var flags = FlagsInOrder(Shuffled(3), judge, narrow);
        var wide = FlagsInOrder(Shuffled(3), judge, JudgingWindow.Default);
        flags.Count.ShouldBeLessThan(wide.Count);
        FlagsInOrder(Shuffled(11), judge, narrow).SetEquals(flags).ShouldBeTrue();
    }
}
