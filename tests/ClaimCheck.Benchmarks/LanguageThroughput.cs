using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Language;

/// <summary>
/// The language layer alone (no I/O) over the sample articles, one thread, in passes of 10 MB: tokenize + split,
/// then the whole French analysis (tokens, sentences, paragraphs, UPOS, lemmas). Each stage runs for 20 s;
/// steady is the median of its last three passes. Quick measurement:
/// `dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- language-throughput`;
/// BenchmarkDotNet: `-- --filter *LanguageBenchmark*`.
/// </summary>
public static class LanguageThroughput
{
    public static void Run(TextWriter output)
    {
        var articles = ExtractionThroughput.Samples().Select(s => s.Title is null ? s.Body : s.Title + "\n" + s.Body).ToArray();
        var clock = Stopwatch.StartNew();
        var analyzer = new LanguageAnalyzer(TaggerModel.LoadEmbedded());
        output.WriteLine(FormattableString.Invariant($"model load: {clock.Elapsed.TotalMilliseconds:F0} ms ({analyzer.FrenchModelVersion})"));
        var tokens = new List<Token>();
        var sentences = new List<Segment>();
        var paragraphs = new List<Segment>();
        Stage(output, "tokenize + split", articles, text =>
        {
            tokens.Clear();
            sentences.Clear();
            paragraphs.Clear();
            Tokenizer.Tokenize(text, tokens);
            SentenceSplitter.Split(text, tokens, sentences, paragraphs);
            return tokens.Count;
        });
        Stage(output, "analyze fr (tokens, sentences, UPOS, lemmas)", articles, text => analyzer.Analyze(text, "fr").Tokens.Count);
    }

    private static void Stage(TextWriter output, string name, string[] articles, Func<string, int> work)
    {
        var passes = new List<(double MegabytesPerSecond, double PerCpuSecond, double AllocatedPerMegabyte, long Tokens)>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(20) || passes.Count < 4)
        {
            long bytes = 0, tokens = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            // Process CPU time beside wall time: on a shared machine the wall clock also counts other jobs.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pass = Stopwatch.StartNew();
            while (bytes < ExtractionThroughput.TargetBytes)
            {
                foreach (var text in articles)
                {
                    tokens += work(text);
                    bytes += Encoding.UTF8.GetByteCount(text);
                }
            }
            var megabytes = bytes / (1024.0 * 1024.0);
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            passes.Add((megabytes / pass.Elapsed.TotalSeconds, megabytes / cpuSeconds, (GC.GetAllocatedBytesForCurrentThread() - allocated) / (1024.0 * 1024.0) / megabytes, tokens));
        }
        var steady = passes.TakeLast(3).OrderBy(p => p.MegabytesPerSecond).ElementAt(1);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: MB/s of each pass {string.Join(' ', passes.Select(p => p.MegabytesPerSecond.ToString("F1", CultureInfo.InvariantCulture)))}; " +
            $"steady {steady.MegabytesPerSecond:F1} MB/s wall, {steady.PerCpuSecond:F1} MB per CPU-second, {steady.AllocatedPerMegabyte:F1} MB allocated per MB of text, {steady.Tokens:N0} tokens per pass"));
    }
}

[MemoryDiagnoser]
public class LanguageBenchmark
{
    private readonly LanguageAnalyzer analyzer = new(TaggerModel.LoadEmbedded());
    private readonly List<Token> tokens = [];
    private readonly List<Segment> sentences = [];
    private readonly List<Segment> paragraphs = [];
    private string[] articles = [];

    [GlobalSetup]
    public void Setup() => articles = [.. ExtractionThroughput.Samples().Select(s => s.Body)];

    /// <summary>Tokenize and split the five sample articles (about 29 KB).</summary>
    [Benchmark]
    public int TokenizeAndSplit()
    {
        var count = 0;
        foreach (var text in articles)
        {
            tokens.Clear();
            sentences.Clear();
            paragraphs.Clear();
            Tokenizer.Tokenize(text, tokens);
            SentenceSplitter.Split(text, tokens, sentences, paragraphs);
            count += sentences.Count;
        }
        return count;
    }

    /// <summary>The whole French analysis of the five sample articles.</summary>
    [Benchmark]
    public int AnalyzeFrench()
    {
        var count = 0;
        foreach (var text in articles)
            count += analyzer.Analyze(text, "fr").Tokens.Count;
        return count;
    }
}
