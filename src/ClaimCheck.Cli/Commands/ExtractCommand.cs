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
        command.SetAction(async (parseResult, ct) =>
        {
            var extractor = new QuoteExtractor(SpeakerRegistry.Shipped);
            var reader = JudgingFiles.OpenInput(parseResult.GetValue(input)!);
            var writer = JudgingFiles.OpenOutput(parseResult.GetValue(output)!);
            try
            {
                foreach (var (line, article) in ExtractionLines.ReadNumberedArticles(reader, Console.Error))
                {
                    var language = article.Language ?? global::ClaimCheck.Ingestion.LanguageDetector.Detect(article.Body);
                    IReadOnlyList<ExtractedQuote> quotes;
                    try
                    {
                        quotes = extractor.Extract(article.Title, article.Body, language);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        // One article the extractor cannot read must not cost the rest of the file.
                        await Console.Error.WriteLineAsync($"line {line}: extraction failed ({e.GetType().Name}); article skipped");
                        continue;
                    }
                    foreach (var quote in quotes)
                        await writer.WriteLineAsync(ExtractionLines.FormatQuote(article.Id, quote));
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
}
