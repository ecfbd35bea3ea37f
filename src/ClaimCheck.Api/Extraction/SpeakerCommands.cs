using ClaimCheck.Api.Judging;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;
using JasperFx.Events;
using Marten;
using Wolverine;

namespace ClaimCheck.Api.Extraction;

public sealed record RegisterSpeaker(string PersonId, string Name, string? Gender, string Reason, string Actor);

public sealed record AddSpeakerAlias(string PersonId, string Alias, string Reason, string Actor);

public sealed record MergeSpeakers(string KeepId, string MergedId, string Reason, string Actor);

public sealed record ReattributeQuote(Guid ArticleId, Guid QuoteId, string SpeakerId, string Reason, string Actor);

/// <summary>A correction the store accepted, or why it did not.</summary>
public sealed record CorrectionOutcome(int Status, string Title, string Detail)
{
    public bool Accepted => Status is >= 200 and < 300;

    public static CorrectionOutcome Done(string detail) => new(200, "Recorded", detail);

    public static CorrectionOutcome Refused(int status, string title, string detail) => new(status, title, detail);
}

public static class SpeakerCommandHandler
{
    public static async Task<CorrectionOutcome> Handle(
        RegisterSpeaker command, IDocumentSession session, CancellationToken cancellation)
    {
        if (Invalid(command.Reason, command.PersonId, command.Name) is { } problem) return problem;
        var (directory, registry) = await Corrections(session, cancellation);
        if (registry.Find(command.PersonId) is not null)
            return CorrectionOutcome.Refused(409, "Person exists", $"'{command.PersonId}' is already in the registry.");
        session.LastModifiedBy = command.Actor;
        directory.AppendOne(new SpeakerRegistered(command.PersonId, command.Name.Trim(), command.Gender, command.Reason.Trim()));
        return CorrectionOutcome.Done($"{command.Name} registered as {command.PersonId}.");
    }

    public static async Task<CorrectionOutcome> Handle(
        AddSpeakerAlias command, IDocumentSession session, CancellationToken cancellation)
    {
        if (Invalid(command.Reason, command.PersonId, command.Alias) is { } problem) return problem;
        var (directory, registry) = await Corrections(session, cancellation);
        if (registry.Find(command.PersonId) is null)
            return CorrectionOutcome.Refused(404, "Unknown person", $"No person has id '{command.PersonId}'.");
        if (registry.Resolve(command.Alias) is { } owner && owner.Id != command.PersonId)
            return CorrectionOutcome.Refused(409, "Alias taken", $"'{command.Alias}' already names {owner.Name} ({owner.Id}); merge the two people if they are one.");
        // Saying again what the registry already knows records nothing: the same correction sent twice (or raced)
        // is one event.
        if (registry.Find(command.PersonId)!.Aliases.Any(a => string.Equals(a.Trim(), command.Alias.Trim(), StringComparison.OrdinalIgnoreCase)))
            return CorrectionOutcome.Done($"'{command.Alias}' already names {command.PersonId}.");
        session.LastModifiedBy = command.Actor;
        directory.AppendOne(new SpeakerAliasAdded(command.PersonId, command.Alias.Trim(), command.Reason.Trim()));
        return CorrectionOutcome.Done($"'{command.Alias}' now names {command.PersonId}.");
    }

    public static async Task<CorrectionOutcome> Handle(
        MergeSpeakers command, IDocumentSession session, CancellationToken cancellation)
    {
        if (Invalid(command.Reason, command.KeepId, command.MergedId) is { } problem) return problem;
        if (command.KeepId == command.MergedId)
            return CorrectionOutcome.Refused(400, "Same person", "A person cannot be merged into themselves.");
        var (directory, registry) = await Corrections(session, cancellation);
        foreach (var id in new[] { command.KeepId, command.MergedId })
            if (registry.Find(id) is null)
                return CorrectionOutcome.Refused(404, "Unknown person", $"No person has id '{id}'.");
        session.LastModifiedBy = command.Actor;
        directory.AppendOne(new SpeakersMerged(command.KeepId, command.MergedId, command.Reason.Trim()));
        return CorrectionOutcome.Done($"{command.MergedId} merged into {command.KeepId}.");
    }

    /// <summary>
    /// The corrections stream fetched for writing, and the registry as of exactly that version. A correction checks
    /// what the registry knows against the version it appends to: checked against an earlier read, two corrections
    /// raced one after the other would both pass the check and both be written, with no version conflict to stop them.
    /// </summary>
    private static async Task<(IEventStream<SpeakerCorrections> Directory, SpeakerRegistry Registry)> Corrections(IDocumentSession session, CancellationToken cancellation)
    {
        var directory = await session.Events.FetchForWriting<SpeakerCorrections>(SpeakerCorrections.StreamId, cancellation);
        return (directory, directory.Aggregate?.ApplyTo(SpeakerRegistry.Shipped) ?? SpeakerRegistry.Shipped);
    }

    /// <summary>Reattribution changes what the judge compares, so the article is judged again afterwards.</summary>
    public static async Task<(CorrectionOutcome, OutgoingMessages)> Handle(
        ReattributeQuote command, IDocumentSession session, QuoteExtractorProvider extractors, CancellationToken cancellation)
    {
        var messages = new OutgoingMessages();
        if (string.IsNullOrWhiteSpace(command.Reason))
            return (CorrectionOutcome.Refused(400, "Reason required", "A reattribution needs a reason a reviewer can check."), messages);
        var stream = await session.Events.FetchForWriting<ArticleQuotes>(command.ArticleId, cancellation);
        if (stream.Aggregate is not { } article)
            return (CorrectionOutcome.Refused(404, "Unknown article", $"No article has id '{command.ArticleId}'."), messages);
        if (article.Quotes.FirstOrDefault(q => q.QuoteId == command.QuoteId) is not { } quote)
            return (CorrectionOutcome.Refused(404, "Unknown quote", $"Article {command.ArticleId} has no current quote '{command.QuoteId}'."), messages);
        var registry = await extractors.RegistryAsync(session, cancellation);
        if (registry.Find(command.SpeakerId) is not { } person)
            return (CorrectionOutcome.Refused(400, "Unknown person", $"No person has id '{command.SpeakerId}'; register them first."), messages);
        if (quote.SpeakerId == person.Id)
            return (CorrectionOutcome.Refused(409, "Already attributed", $"The quote is already attributed to {person.Name}."), messages);

        session.LastModifiedBy = command.Actor;
        stream.AppendOne(new QuoteReattributed(command.ArticleId, command.QuoteId, quote.SpeakerId, person.Id, person.Name, command.Reason.Trim()));
        messages.Add(new JudgeArticleClaims(command.ArticleId));
        return (CorrectionOutcome.Done($"Quote attributed to {person.Name}."), messages);
    }

    private static CorrectionOutcome? Invalid(string reason, params string[] required)
    {
        if (required.Any(string.IsNullOrWhiteSpace))
            return CorrectionOutcome.Refused(400, "Missing field", "Every field of a correction is required.");
        return string.IsNullOrWhiteSpace(reason)
            ? CorrectionOutcome.Refused(400, "Reason required", "A correction needs a reason for the audit trail.")
            : null;
    }
}
