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

/// <summary>
/// <see cref="ApiKeyIssued"/> as it may leave the key store (audit export, histories): without the salt and the hash.
/// </summary>
public sealed record ApiKeyIssuedRedacted(Guid UserId, string KeyId, string Algorithm, string IssuedBy, DateTimeOffset IssuedAt);

/// <summary>Strips key material from event data before it is shown to anyone.</summary>
public static class KeyMaterial
{
    /// <summary>The fields of <see cref="ApiKeyIssued"/> that are removed, named as in the stored JSON.</summary>
    public static readonly IReadOnlyList<string> RedactedFields = ["salt", "hash"];

    /// <summary>The data to show and the names of the fields removed from it (null when nothing was removed).</summary>
    public static (object Data, IReadOnlyList<string>? Redacted) Redact(object data) => data switch
    {
        ApiKeyIssued issued => (new ApiKeyIssuedRedacted(issued.UserId, issued.KeyId, issued.Algorithm, issued.IssuedBy, issued.IssuedAt), RedactedFields),
        _ => (data, null),
    };
}
