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

    /// <summary>
    /// Measures passes of 10 MB each for a minute: the first from a cold start (it pays for the JIT), the rest
    /// as tiered compilation optimizes the hot code. That takes seconds on two cores and up to half a minute
    /// when the process is confined to one core (`taskset -c 0`), where the runtime waits ten times longer
    /// before tiering up. Steady state is the median of the last three passes.
    /// </summary>
    public static void Run(TextWriter output)
    {
        var samples = Samples();
        var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
        output.WriteLine(FormattableString.Invariant(
            $"extraction benchmark: {Environment.ProcessorCount} core(s) available to the process, one thread extracting, tiered compilation {(IsTieredCompilationOn() ? "on" : "off")}"));
        var passes = new List<PassResult>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60) || passes.Count < 4)
        {
            var pass = Pass(extractor, samples);
            passes.Add(pass);
        }
        output.WriteLine("MB/s of each pass: " + string.Join(' ', passes.Select(p => p.MegabytesPerSecond.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))));
        output.WriteLine($"cold:   {passes[0]}");
        output.WriteLine($"steady: {passes.TakeLast(3).OrderBy(p => p.MegabytesPerSecond).ElementAt(1)}");
    }

    private static bool IsTieredCompilationOn() =>
        Environment.GetEnvironmentVariable("DOTNET_TieredCompilation") is not "0"
        && AppContext.GetData("System.Runtime.TieredCompilation") is not (false or "false");

    private sealed record PassResult(double Megabytes, int Articles, int Quotes, double WallSeconds, double CpuSeconds, double AllocatedPerMegabyte, (int, int, int) Collections, double PauseSeconds)
    {
        public double MegabytesPerSecond => Megabytes / WallSeconds;

        public override string ToString() => FormattableString.Invariant(
            $"{Megabytes:F1} MB, {Articles} articles, {Quotes} quotes: {WallSeconds:F2} s wall = {MegabytesPerSecond:F1} MB/s; {CpuSeconds:F2} s process CPU = {Megabytes / CpuSeconds:F1} MB/s per CPU-second; {AllocatedPerMegabyte:F0} MB allocated per MB of text; GCs gen0/1/2 {Collections.Item1}/{Collections.Item2}/{Collections.Item3} pausing {PauseSeconds:F2} s; load average {LoadAverage()}");
    }

    private static PassResult Pass(QuoteExtractor extractor, IReadOnlyList<(string? Title, string Body)> samples)
    {
        long bytes = 0;
        var quotes = 0;
        var articles = 0;
        // Process CPU time as well as wall time: on a shared machine the wall clock counts other jobs' time,
        // and CPU time above wall time shows the runtime's own threads (JIT, GC) working alongside.
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
        return new PassResult(megabytes, articles, quotes, stopwatch.Elapsed.TotalSeconds, cpu,
            (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (1024.0 * 1024.0) / megabytes,
            (GC.CollectionCount(0) - collectionsBefore.Item1, GC.CollectionCount(1) - collectionsBefore.Item2, GC.CollectionCount(2) - collectionsBefore.Item3),
            (GC.GetTotalPauseDuration() - pauseBefore).TotalSeconds);
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
