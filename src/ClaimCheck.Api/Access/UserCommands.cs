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
        var userName = command.UserName.Trim();
        if (userName.Length is 0 or > 100 || userName.Any(char.IsWhiteSpace))
            return new UserCommandRejected(400, "Invalid user name", "A user name is 1 to 100 characters without spaces.");
        if (command.Roles.Count == 0)
            return new UserCommandRejected(400, "No role", "A user needs at least one role: factchecker, editor, auditor or admin.");
        if (await session.Query<UserAccount>().AnyAsync(u => u.UserName == userName, cancellation))
            return new UserCommandRejected(409, "User exists", $"A user named '{userName}' already exists.");

        var now = clock.GetUtcNow();
        var userId = Guid.CreateVersion7(now);
        var (key, issued) = UserAccount.IssueKey(userId, command.Actor, now);
        session.LastModifiedBy = command.Actor;
        session.Events.StartStream<UserAccount>(userId,
            new UserRegistered(userId, userName, command.Roles.Distinct().ToArray(), command.Actor, now), issued);
        return new IssuedApiKey(userId, userName, command.Roles.Select(RoleNames.NameOf).ToArray(), key.KeyId, key.Token);
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
