namespace ClaimCheck.Access;

// Events of a user stream (stream id = UserId). Key material in events is only the salted hash:
// the event store is readable by auditors and backups, the key itself must never reach it.

/// <param name="NameKey">
/// What the name is unique by (<see cref="UserNames"/>); absent from users registered before names were normalized.
/// </param>
public sealed record UserRegistered(
    Guid UserId, string UserName, IReadOnlyList<Role> Roles, string RegisteredBy, DateTimeOffset RegisteredAt, string? NameKey = null);

public sealed record ApiKeyIssued(
    Guid UserId,
    string KeyId,
    string Algorithm,
    string Salt,
    string Hash,
    string IssuedBy,
    DateTimeOffset IssuedAt);

public sealed record ApiKeyRevoked(Guid UserId, string KeyId, string RevokedBy, string Reason, DateTimeOffset RevokedAt);
