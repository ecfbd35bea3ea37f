using BenchmarkDotNet.Attributes;
using ClaimCheck.Judging;

namespace ClaimCheck.Benchmarks;

/// <summary>Pairs judged per second on one thread, model loaded once: one operation judges every dev pair.</summary>
[MemoryDiagnoser]
public class PairJudgingBenchmarks
{
    private PairJudge _judge = null!;
    private StatementPair[] _pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var model = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "models", "pair-classifier.zip")))
            _judge = new PairJudge(PairClassifier.Load(model));
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "pairs", "dev.jsonl"));
        _pairs = PairLines.Read(reader, requireLabel: true, TextWriter.Null).ToArray();
    }

    public int PairCount => _pairs.Length;

    [Benchmark(Description = "judge all dev pairs (free statements)")]
    public double JudgeDevPairs()
    {
        double total = 0;
        foreach (var pair in _pairs)
            total += _judge.JudgeStatements(pair.Premise, pair.Hypothesis, pair.Language).Score;
        return total;
    }
}
