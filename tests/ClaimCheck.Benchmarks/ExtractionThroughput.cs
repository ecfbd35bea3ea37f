using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

/// <summary>
/// Extraction alone (no I/O, no store) over the sample articles repeated to at least 10 MB, on one thread.
/// Run the quick measurement with `dotnet run -c Release --project tests/ClaimCheck.Benchmarks -- extraction-throughput`,
/// or the BenchmarkDotNet version with `-- --filter *ExtractionBenchmark*`.
/// </summary>
public static class ExtractionThroughput
{
    public const int TargetBytes = 10 * 1024 * 1024;

    public static IReadOnlyList<(string? Title, string Body)> Samples()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln"))) directory = directory.Parent;
        var articles = Path.Combine(directory?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found."), "samples", "articles");
        return Directory.EnumerateFiles(articles, "*.txt").Order(StringComparer.Ordinal).Select(path =>
        {
            var text = File.ReadAllText(path);
            // 004 has no headline: its first line is the lede, as the ingester hands it over.
            if (Path.GetFileName(path).StartsWith("004", StringComparison.Ordinal)) return ((string?)null, text);
            var newline = text.IndexOf('\n');
            return (text[..newline].Trim(), text[(newline + 1)..]);
        }).ToList();
    }

    public static void Run(TextWriter output)
    {
        var samples = Samples();
        var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
        // Warm up past tiered compilation (tier 0, then the optimized tier 1 after 30 calls and a background compile),
        // so the figure is the steady state a long-running service sees, not the JIT's.
        var warmup = Stopwatch.StartNew();
        while (warmup.Elapsed < TimeSpan.FromSeconds(10))
            foreach (var (title, body) in samples) extractor.Extract(title, body, "fr");
        long bytes = 0;
        var quotes = 0;
        var articles = 0;
        // CPU time of this thread as well as wall time: on a shared machine the wall clock counts other jobs' time.
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var pauseBefore = GC.GetTotalPauseDuration();
        var collectionsBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var stopwatch = Stopwatch.StartNew();
        while (bytes < TargetBytes)
        {
            foreach (var (title, body) in samples)
            {
                quotes += extractor.Extract(title, body, "fr").Count;
                bytes += Encoding.UTF8.GetByteCount(body) + (title is null ? 0 : Encoding.UTF8.GetByteCount(title));
                articles++;
            }
        }
        stopwatch.Stop();
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        var megabytes = bytes / (1024.0 * 1024.0);
        var allocatedPerMegabyte = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024.0 * 1024.0) / megabytes;
        var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds;
        var collections = (GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3);
        output.WriteLine(FormattableString.Invariant(
            $"extraction: {megabytes:F1} MB, {articles} articles, {quotes} quotes on one thread: {stopwatch.Elapsed.TotalSeconds:F2} s wall = {megabytes / stopwatch.Elapsed.TotalSeconds:F1} MB/s; {cpu:F2} s process CPU = {megabytes / cpu:F1} MB/s per CPU-second; {allocatedPerMegabyte:F0} MB allocated per MB of text; GCs gen0/1/2 {collections.Item1}/{collections.Item2}/{collections.Item3} pausing {pause:F2} s; load average {LoadAverage()}"));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
}

[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private readonly QuoteExtractor extractor = new(SpeakerRegistry.Shipped);
    private IReadOnlyList<(string? Title, string Body)> samples = [];

    [GlobalSetup]
    public void Setup() => samples = ExtractionThroughput.Samples();

    /// <summary>One pass over the five sample articles (about 29 KB).</summary>
    [Benchmark]
    public int ExtractSamples()
    {
        var count = 0;
        foreach (var (title, body) in samples) count += extractor.Extract(title, body, "fr").Count;
        return count;
    }
}
