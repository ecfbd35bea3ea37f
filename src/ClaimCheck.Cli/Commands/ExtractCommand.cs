using System.CommandLine;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Cli.Commands;

/// <summary>extract: every quote of every article of a JSON-lines file, one output line per quote; no database involved.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--in") { Description = "JSON lines {id, title?, body, language?}; - for stdin", Required = true };
        var output = new Option<string>("--out") { Description = "JSON lines, one per quote {article_id, kind, text, speaker, speaker_id, cue, start, end, confidence, claim}; - for stdout", Required = true };
        var command = new Command("extract", "Extract quotes, speakers and claim frames from articles.");
        command.Options.Add(input);
        command.Options.Add(output);
        var mode = new Option<ExtractionMode>("--mode") { Description = "combined (what the service runs), rules or learned", DefaultValueFactory = _ => ExtractionMode.Combined };
        command.Options.Add(mode);
        command.SetAction(async (parseResult, ct) =>
        {
            var extractor = new QuoteExtractor(SpeakerRegistry.Shipped) { Mode = parseResult.GetValue(mode) };
            var reader = JudgingFiles.OpenInput(parseResult.GetValue(input)!);
            var writer = JudgingFiles.OpenOutput(parseResult.GetValue(output)!);
            try
            {
                // Articles are independent: they are extracted on every core, and written in input order.
                var results = ExtractionLines.ReadNumberedArticles(reader, Console.Error)
                    .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
                    .Select(item => Read(extractor, item.Line, item.Article));
                foreach (var (line, id, quotes, failure) in results)
                {
                    if (failure is not null)
                    {
                        // One article the extractor cannot read must not cost the rest of the file.
                        await Console.Error.WriteLineAsync($"line {line}: extraction failed ({failure}); article skipped");
                        continue;
                    }
                    foreach (var quote in quotes)
                        await writer.WriteLineAsync(ExtractionLines.FormatQuote(id, quote));
                }
            }
            finally
            {
                await writer.FlushAsync(ct);
                if (writer != Console.Out) await writer.DisposeAsync();
                if (reader != Console.In) reader.Dispose();
            }
            return 0;
        });
        return command;
    }

    private static (int Line, string Id, IReadOnlyList<ExtractedQuote> Quotes, string? Failure) Read(QuoteExtractor extractor, int line, ArticleLine article)
    {
        var language = article.Language ?? global::ClaimCheck.Ingestion.LanguageDetector.Detect(article.Body);
        try
        {
            return (line, article.Id, extractor.Extract(article.Title, article.Body, language), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (line, article.Id, [], e.GetType().Name);
        }
    }
}
