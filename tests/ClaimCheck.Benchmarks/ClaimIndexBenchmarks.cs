using BenchmarkDotNet.Attributes;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;

namespace ClaimCheck.Benchmarks;

/// <summary>
/// Work to judge one new 20-claim article against stores of 1k, 10k and 100k synthetic claims.
/// People are drawn from a Zipf-like distribution (a few are in most articles, as in real news), so busy keys exist.
/// </summary>
[MemoryDiagnoser]
public class ClaimIndexBenchmarks
{
    private static readonly string[] Predicates = ["meet", "talk", "attend", "support", "oppose", "trade", "say", "announce", "sign", "visit", "use", "invade"];

    [Params(1_000, 10_000, 100_000)]
    public int StoredClaims;

    private ClaimIndex _index = null!;
    private PairJudge _judge = null!;
    private JudgedClaim[] _article = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var model = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "models", "pair-classifier.zip")))
            _judge = new PairJudge(PairClassifier.Load(model));
        var random = new Random(7);
        _index = new ClaimIndex();
        for (var i = 0; i < StoredClaims; i++) _index.Add(Synthetic(random, Guid.NewGuid(), i));
        var articleId = Guid.NewGuid();
        _article = Enumerable.Range(0, 20).Select(i => Synthetic(random, articleId, i)).ToArray();
        var candidates = _article.Sum(c => _index.CandidatesFor(c).Count);
        Console.WriteLine($"// stored {StoredClaims}: {candidates} candidate pairs for a 20-claim article");
    }

    [Benchmark(Description = "candidates + judging for one 20-claim article")]
    public int JudgeNewArticle()
    {
        var flagged = 0;
        foreach (var claim in _article)
            foreach (var other in _index.CandidatesFor(claim))
                if (_judge.Judge(other, claim).ShouldFlag) flagged++;
        return flagged;
    }

    private static JudgedClaim Synthetic(Random random, Guid articleId, int n)
    {
        var subject = Person(random);
        // Some claims name no object person ("Putin will not attend"), as the extractor often leaves it empty.
        var obj = random.Next(10) < 3 ? null : Person(random);
        var predicate = Predicates[random.Next(Predicates.Length)];
        var polarity = random.Next(4) == 0 ? Polarity.Negated : Polarity.Affirmed;
        var frame = new ClaimFrame(subject, predicate, obj, polarity, (Modality)random.Next(4), random.Next(3) == 0 ? "G20" : null, [],
            predicate == "trade" ? [new Quantity(random.Next(50, 300) * 1e9, "USD", "trade", "billions")] : []);
        var text = $"{subject} {(polarity == Polarity.Negated ? "ne va pas" : "va")} {predicate} {obj} numéro {n}";
        return new JudgedClaim(Guid.NewGuid(), articleId, DateTimeOffset.UnixEpoch.AddDays(random.Next(1000)),
            random.Next(5) == 0 ? QuoteKind.Direct : QuoteKind.Indirect, subject, text, text, frame, "synthetic");
    }

    // Zipf-like: person k is drawn with probability about 1/k among 5,000 people.
    private static string Person(Random random)
    {
        var k = (int)Math.Floor(Math.Exp(random.NextDouble() * Math.Log(5000)));
        return $"person-{k}";
    }
}
