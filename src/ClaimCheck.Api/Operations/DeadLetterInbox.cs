using System.Text.Json;
using JasperFx.Core;
using Wolverine.Persistence.Durability;
using Wolverine.Persistence.Durability.DeadLetterManagement;
using Wolverine.Runtime;

namespace ClaimCheck.Api.Operations;

/// <summary>
/// A dead-lettered message as an operator sees it: what it was, why it failed and which article it was about.
/// The message body is never shown (it may carry article text); the exception message is cut short.
/// </summary>
public sealed record DeadLetterView(
    Guid Id, string MessageType, string? ExceptionType, string? ExceptionMessage, DateTimeOffset? FailedAt, Guid? ArticleId,
    bool Replayable, int ReplayCount);

/// <summary>Wolverine's own dead-letter storage (the wolverine_dead_letters table), read and replayed through its API.</summary>
public sealed class DeadLetterInbox(IWolverineRuntime runtime)
{
    private const int MaxExceptionMessage = 300;

    private IDeadLetters DeadLetters => runtime.Storage.DeadLetters;

    /// <summary>One page (1-based), newest first as Wolverine orders them, and the total.</summary>
    public async Task<(IReadOnlyList<DeadLetterView> Items, long Total)> ListAsync(int page, int pageSize, CancellationToken cancellation)
    {
        var results = await DeadLetters.QueryAsync(
            new DeadLetterEnvelopeQuery(TimeRange.AllTime()) { PageNumber = page, PageSize = pageSize }, cancellation);
        return (results.Envelopes.Select(ViewOf).ToList(), results.TotalCount);
    }

    public async Task<long> CountAsync(CancellationToken cancellation) =>
        (await DeadLetters.QueryAsync(new DeadLetterEnvelopeQuery(TimeRange.AllTime()) { PageNumber = 1, PageSize = 1 }, cancellation)).TotalCount;

    public async Task<bool> ExistsAsync(Guid id) => await DeadLetters.DeadLetterEnvelopeByIdAsync(id) is not null;

    /// <summary>Marks the messages replayable; Wolverine's durability agent moves them back to their queue.</summary>
    public Task ReplayAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellation) =>
        DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery([.. ids]), cancellation);

    public Task ReplayAllAsync(CancellationToken cancellation) =>
        DeadLetters.ReplayAsync(new DeadLetterEnvelopeQuery(TimeRange.AllTime()), cancellation);

    private static DeadLetterView ViewOf(DeadLetterEnvelope letter) => new(
        letter.Id,
        letter.MessageType,
        letter.ExceptionType,
        letter.ExceptionMessage is { Length: > MaxExceptionMessage } long_ ? long_[..MaxExceptionMessage] + "…" : letter.ExceptionMessage,
        letter.FailedAt ?? letter.SentAt,
        ArticleIdOf(letter),
        letter.Replayable,
        letter.ReplayCount);

    // Every article message carries an ArticleId property; read it from the serialized message without keeping the rest.
    private static Guid? ArticleIdOf(DeadLetterEnvelope letter)
    {
        if (letter.Message is { } message && message.GetType().GetProperty("ArticleId")?.GetValue(message) is Guid direct) return direct;
        if (letter.Envelope?.Data is not { Length: > 0 } data) return null;
        try
        {
            using var json = JsonDocument.Parse(data);
            if (json.RootElement.ValueKind != JsonValueKind.Object) return null;
            foreach (var property in json.RootElement.EnumerateObject())
                if (property.Name.Equals("ArticleId", StringComparison.OrdinalIgnoreCase) && property.Value.TryGetGuid(out var id))
                    return id;
        }
        catch (JsonException)
        {
        }
        return null;
    }
}
