using BenchmarkDotNet.Attributes;
using ClaimCheck.Judging;

namespace ClaimCheck.Benchmarks;

/// <summary>Pairs judged per second on one thread, model loaded once: one operation judges every dev pair (71).</summary>
[MemoryDiagnoser]
public class PairJudgingBenchmarks
{
    private PairJudge _judge = null!;
    private PairJudge _textOnlyJudge = null!;
    private StatementPair[] _pairs = [];

    [GlobalSetup]
    public void Setup()
    {
        using (var model = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "models", "pair-classifier.zip")))
        {
            var classifier = PairClassifier.Load(model);
            _judge = new PairJudge(classifier, PairFeatureExtraction.ParsedFrames);
            _textOnlyJudge = new PairJudge(classifier);
        }
        using var reader = new StreamReader(Path.Combine(AppContext.BaseDirectory, "pairs", "dev.jsonl"));
        _pairs = PairLines.Read(reader, requireLabel: true, TextWriter.Null).ToArray();
    }

    public int PairCount => _pairs.Length;

    [Benchmark(Description = "judge all dev pairs, features and model only (frames already known or absent)")]
    public double JudgeDevPairsTextOnly()
    {
        double total = 0;
        foreach (var pair in _pairs)
            total += _textOnlyJudge.JudgeStatements(pair.Premise, pair.Hypothesis, pair.Language).Score;
        return total;
    }

    [Benchmark(Description = "judge all dev pairs, parsing both statements into frames (judge-pairs)")]
    public double JudgeDevPairs()
    {
        double total = 0;
        foreach (var pair in _pairs)
            total += _judge.JudgeStatements(pair.Premise, pair.Hypothesis, pair.Language).Score;
        return total;
    }
}
