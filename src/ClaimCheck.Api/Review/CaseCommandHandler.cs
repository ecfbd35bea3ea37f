using ClaimCheck.Extraction;
using ClaimCheck.Review;
using JasperFx;
using Marten;

namespace ClaimCheck.Api.Review;

/// <summary>
/// A case command with the version the client last saw (its If-Match). Null only for opening a case,
/// which starts a new stream.
/// </summary>
public sealed record SubmitCaseCommand(CaseCommand Command, long? ExpectedVersion);

/// <summary>What became of a submitted case command; the endpoint maps each outcome to an HTTP answer.</summary>
public abstract record CaseCommandOutcome(Guid CaseId);

public sealed record CaseChanged(Guid CaseId, long Version) : CaseCommandOutcome(CaseId);

public sealed record CaseCommandRejected(Guid CaseId, CaseRejection Rejection) : CaseCommandOutcome(CaseId);

/// <summary>The client decided on a version of the case that is no longer current; nothing was appended.</summary>
public sealed record CaseVersionMismatch(Guid CaseId, long ExpectedVersion, long CurrentVersion) : CaseCommandOutcome(CaseId);

public sealed record CaseNotFound(Guid CaseId) : CaseCommandOutcome(CaseId);

/// <summary>The command names an article or claim the store does not hold; nothing was appended.</summary>
public sealed record CaseReferenceUnknown(Guid CaseId, string Field, string Detail) : CaseCommandOutcome(CaseId);

/// <summary>Loads the case, lets <see cref="CaseDecider"/> decide, appends what it decided.</summary>
public static class CaseCommandHandler
{
    public static async Task<CaseCommandOutcome> Handle(SubmitCaseCommand message, IDocumentSession session, CancellationToken cancellation)
    {
        var command = message.Command;
        session.LastModifiedBy = command.Actor;
        return command is OpenCaseByHand open
            ? await Open(open, session, cancellation)
            : await Change(command, message.ExpectedVersion, session, cancellation);
    }

    private static async Task<CaseCommandOutcome> Open(OpenCaseByHand command, IDocumentSession session, CancellationToken cancellation)
    {
        var decision = CaseDecider.Decide(command, null);
        if (decision.Rejection is { } rejection) return new CaseCommandRejected(command.CaseId, rejection);
        // A case is about a claim of a stored article: its current quotes are where the claim's words come from.
        if (await session.LoadAsync<ArticleQuotes>(command.ArticleId, cancellation) is not { } article)
            return new CaseReferenceUnknown(command.CaseId, "articleId", $"No article has id '{command.ArticleId}'.");
        if (article.Quotes.All(q => q.QuoteId != command.ClaimId))
            return new CaseReferenceUnknown(command.CaseId, "claimId",
                $"Article {command.ArticleId} has no current claim (quote) with id '{command.ClaimId}'.");
        session.Events.StartStream<Case>(command.CaseId, decision.Events.ToArray());
        await session.SaveChangesAsync(cancellation);
        return new CaseChanged(command.CaseId, decision.Events.Count);
    }

    private static async Task<CaseCommandOutcome> Change(
        CaseCommand command, long? expectedVersion, IDocumentSession session, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<Case>(command.CaseId, cancellation);
        if (stream.Aggregate is not { } current) return new CaseNotFound(command.CaseId);
        var currentVersion = stream.CurrentVersion ?? 0;
        if (expectedVersion != currentVersion)
            return new CaseVersionMismatch(command.CaseId, expectedVersion ?? 0, currentVersion);

        var decision = CaseDecider.Decide(command, current);
        if (decision.Rejection is { } rejection) return new CaseCommandRejected(command.CaseId, rejection);
        stream.AppendMany(decision.Events.ToArray());
        try
        {
            // Saved here rather than by the transaction middleware so that losing a race is an answer (412),
            // not an exception the global retry policy would replay.
            await session.SaveChangesAsync(cancellation);
        }
        catch (ConcurrencyException)
        {
            await using var query = session.DocumentStore.QuerySession();
            var state = await query.Events.FetchStreamStateAsync(command.CaseId, cancellation);
            return new CaseVersionMismatch(command.CaseId, currentVersion, state?.Version ?? currentVersion);
        }
        return new CaseChanged(command.CaseId, currentVersion + decision.Events.Count);
    }
}
