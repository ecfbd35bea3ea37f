using ClaimCheck.Access;
using Marten;

namespace ClaimCheck.Api.Access;

public sealed record RegisterUser(string UserName, IReadOnlyList<Role> Roles, string Actor);

public sealed record IssueApiKey(Guid UserId, string Actor);

public sealed record RevokeApiKey(Guid UserId, string KeyId, string Reason, string Actor);

/// <summary>The only time an API key is shown: right after it is issued. Only its salted hash is stored.</summary>
public sealed record IssuedApiKey(Guid UserId, string UserName, IReadOnlyList<string> Roles, string KeyId, string ApiKey);

/// <summary>Why a user command was refused; the endpoint turns it into a problem response.</summary>
public sealed record UserCommandRejected(int Status, string Title, string Detail);

public static class UserCommandHandler
{
    public static async Task<object> Handle(RegisterUser command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        if (UserNames.Normalize(command.UserName, out var rejection) is not { } name)
            return new UserCommandRejected(400, rejection!.Title, rejection.Detail);
        if (command.Roles.Count == 0)
            return new UserCommandRejected(400, "No role", "A user needs at least one role: factchecker, editor, auditor or admin.");
        if (command.Roles.FirstOrDefault(r => !Enum.IsDefined(r)) is var unknown && unknown != default)
            return new UserCommandRejected(400, "Unknown role", $"{(int)unknown} is not a role.");
        // Users are few: comparing in memory also covers accounts registered before names had a key.
        var existing = await session.Query<UserAccount>().Select(u => new { u.UserName, u.NameKey }).ToListAsync(cancellation);
        if (existing.FirstOrDefault(u => (u.NameKey ?? UserNames.LegacyKeyOf(u.UserName)) == name.Key) is { } taken)
            return Taken(name.Display, taken.UserName);

        var now = clock.GetUtcNow();
        var userId = Guid.CreateVersion7(now);
        var (key, issued) = UserAccount.IssueKey(userId, command.Actor, now);
        session.LastModifiedBy = command.Actor;
        session.Events.StartStream<UserAccount>(userId,
            new UserRegistered(userId, name.Display, command.Roles.Distinct().ToArray(), command.Actor, now, name.Key), issued);
        try
        {
            // Saved here rather than by the transaction middleware so that losing a race for the name (the unique
            // index on NameKey) is an answer, not an exception.
            await session.SaveChangesAsync(cancellation);
        }
        catch (Exception e) when (IsUniqueViolation(e))
        {
            session.EjectAllPendingChanges();
            return Taken(name.Display, name.Display);
        }
        return new IssuedApiKey(userId, name.Display, command.Roles.Select(RoleNames.NameOf).ToArray(), key.KeyId, key.Token);
    }

    private static UserCommandRejected Taken(string requested, string existing) =>
        new(409, "User exists", requested == existing
            ? $"A user named '{existing}' already exists."
            : $"'{requested}' is the same name as the existing user '{existing}' (names are compared without case and after Unicode normalization).");

    private static bool IsUniqueViolation(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation }) return true;
        return false;
    }

    public static async Task<object> Handle(IssueApiKey command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, cancellation);
        if (stream.Aggregate is not { } account)
            return new UserCommandRejected(404, "Unknown user", $"No user has id '{command.UserId}'.");
        var (key, issued) = UserAccount.IssueKey(command.UserId, command.Actor, clock.GetUtcNow());
        session.LastModifiedBy = command.Actor;
        stream.AppendOne(issued);
        return new IssuedApiKey(account.Id, account.UserName, account.Roles.Select(RoleNames.NameOf).ToArray(), key.KeyId, key.Token);
    }

    public static async Task<object> Handle(RevokeApiKey command, IDocumentSession session, TimeProvider clock, CancellationToken cancellation)
    {
        var stream = await session.Events.FetchForWriting<UserAccount>(command.UserId, cancellation);
        if (stream.Aggregate is not { } account)
            return new UserCommandRejected(404, "Unknown user", $"No user has id '{command.UserId}'.");
        if (!account.ApiKeys.Any(k => k.Stored.KeyId == command.KeyId && k.IsActive))
            return new UserCommandRejected(404, "Unknown key", $"User '{account.UserName}' has no active key '{command.KeyId}'.");
        if (string.IsNullOrWhiteSpace(command.Reason))
            return new UserCommandRejected(400, "Reason required", "Revoking a key needs a reason for the audit trail.");
        session.LastModifiedBy = command.Actor;
        stream.AppendOne(new ApiKeyRevoked(command.UserId, command.KeyId, command.Actor, command.Reason.Trim(), clock.GetUtcNow()));
        return account;
    }
}
