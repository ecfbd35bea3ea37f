using BenchmarkDotNet.Running;

if (args is ["extraction-throughput", ..])
{
    ExtractionThroughput.Run(Console.Out);
    return;
}
if (args is ["language-throughput", ..])
{
    LanguageThroughput.Run(Console.Out);
    return;
}
if (args is ["desk-pages", ..])
{
    await DeskPageLoad.RunAsync(args, Console.Out);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(args);
