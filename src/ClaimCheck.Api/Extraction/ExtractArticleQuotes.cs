using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Judging;
using ClaimCheck.Api.Telemetry;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using Marten;
using Microsoft.Extensions.Logging;
using Wolverine;

namespace ClaimCheck.Api.Extraction;

/// <summary>Read an ingested article's quotes and claims with the current extractor.</summary>
public sealed record ExtractArticleQuotes(Guid ArticleId);

public static class ExtractArticleQuotesHandler
{
    /// <summary>
    /// Runs from a durable local queue. The article's stream is fetched for writing, so a concurrent
    /// duplicate of this message fails on the stream version and is retried, then finds the extractor
    /// version already recorded and adds nothing. Extraction runs within its time budget; an extraction
    /// that throws is retried by the error policy, and the last attempt (or a timeout) records
    /// <see cref="ExtractionFailed"/> instead of dead-lettering the message.
    /// </summary>
    public static async Task<OutgoingMessages> Handle(
        ExtractArticleQuotes command, IDocumentSession session, QuoteExtractorProvider extractors, BudgetedExtraction extraction,
        Envelope envelope, TimeProvider clock, ClaimCheckMetrics metrics, ILogger<ExtractArticleQuotes> logger, CancellationToken cancellation)
    {
        var messages = new OutgoingMessages();
        var stream = await session.Events.FetchForWriting<ArticleQuotes>(command.ArticleId, cancellation);
        var article = await session.LoadAsync<Article>(command.ArticleId, cancellation);
        if (stream.Aggregate is null || article is null)
        {
            logger.LogWarning("Extraction requested for unknown article {ArticleId}", command.ArticleId);
            return messages;
        }

        var extractor = await extractors.CurrentAsync(session, cancellation);
        if (stream.Aggregate.ExtractorVersionsSeen.Contains(extractor.Version)) return messages;

        IReadOnlyList<ExtractedQuote> quotes;
        var started = clock.GetTimestamp();
        try
        {
            quotes = await extraction.RunAsync(extractor, article.HeadlineGiven ? article.Title : null, article.Body, article.Language, cancellation);
            metrics.ExtractionTook(clock.GetElapsedTime(started), extracted: true);
        }
        catch (ArticleExtractionException failure) when (failure is ExtractionTimedOut || envelope.Attempts >= extraction.Budget.Attempts)
        {
            metrics.ExtractionTook(clock.GetElapsedTime(started), extracted: false);
            logger.LogWarning("Extraction of article {ArticleId} failed after {Attempts} attempts: {ErrorType}",
                command.ArticleId, envelope.Attempts, failure.ErrorType);
            if (stream.Aggregate.DecideFailure(extractor.Version, failure.ErrorType, failure.Message, envelope.Attempts, clock.GetUtcNow()) is { } failed)
            {
                session.LastModifiedBy = Actors.System;
                stream.AppendOne(failed);
            }
            return messages;
        }

        if (stream.Aggregate.DecideExtraction(extractor.Version, quotes, clock.GetUtcNow()) is not { } extracted) return messages;

        session.LastModifiedBy = Actors.System;
        stream.AppendOne(extracted);
        messages.Add(new JudgeArticleClaims(command.ArticleId));
        return messages;
    }
}
