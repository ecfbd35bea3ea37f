using ClaimCheck.Extraction;

namespace ClaimCheck.Api.Extraction;

/// <summary>Reads one article's quotes; the seam where tests put an extractor that fails or hangs.</summary>
public interface IArticleQuoteReader
{
    IReadOnlyList<ExtractedQuote> Read(QuoteExtractor extractor, string? title, string body, string language, CancellationToken cancellation);
}

public sealed class ExtractorQuoteReader : IArticleQuoteReader
{
    public IReadOnlyList<ExtractedQuote> Read(QuoteExtractor extractor, string? title, string body, string language, CancellationToken cancellation) =>
        extractor.Extract(title, body, language, cancellation);
}

/// <summary>Extraction did not give a result. The message names the failure, never the article's text.</summary>
public abstract class ArticleExtractionException(string errorType, string message, Exception? inner = null) : Exception(message, inner)
{
    public string ErrorType { get; } = errorType;
}

/// <summary>The extractor threw; worth another attempt, since the cause may be the machine rather than the text.</summary>
public sealed class ExtractionThrew(Exception inner) : ArticleExtractionException(
    inner.GetType().Name,
    $"{inner.GetType().Name} in {inner.TargetSite?.DeclaringType?.Name ?? "?"}.{inner.TargetSite?.Name ?? "?"}",
    inner);

/// <summary>
/// The extractor ran past its budget. Not retried: the abandoned run may still be using a core until its next
/// cancellation check, and a retry would start another.
/// </summary>
public sealed class ExtractionTimedOut(TimeSpan budget, int characters) : ArticleExtractionException(
    "TimeBudgetExceeded",
    $"Extraction ran past its budget of {budget.TotalSeconds:0.###} s for {characters} characters.");

/// <summary>
/// Runs the extractor on a worker thread with a time budget. On timeout the token is cancelled (the extractor stops
/// at its next check between stages) and the caller stops waiting at once, so a message handler never spends more
/// than the budget on one article whatever the extractor does.
/// </summary>
public sealed class BudgetedExtraction(IArticleQuoteReader reader, ExtractionBudget budget)
{
    public ExtractionBudget Budget => budget;

    public async Task<IReadOnlyList<ExtractedQuote>> RunAsync(
        QuoteExtractor extractor, string? title, string body, string language, CancellationToken cancellation)
    {
        var characters = body.Length + (title?.Length ?? 0);
        var allowed = budget.For(characters);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var work = Task.Run(() => reader.Read(extractor, title, body, language, stop.Token), CancellationToken.None);
        try
        {
            return await work.WaitAsync(allowed, cancellation);
        }
        catch (TimeoutException)
        {
            await stop.CancelAsync();
            // Observe the abandoned run's outcome so it never surfaces as an unobserved task exception.
            _ = work.ContinueWith(static t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
            throw new ExtractionTimedOut(allowed, characters);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e) when (e is not ArticleExtractionException)
        {
            throw new ExtractionThrew(e);
        }
    }
}
