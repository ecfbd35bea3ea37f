namespace ClaimCheck.Access;

/// <summary>An API key as the account knows it; <see cref="RevokedAt"/> set once revoked.</summary>
public sealed record UserApiKey(ApiKeyHash Stored, DateTimeOffset IssuedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}

/// <summary>
/// A user and their keys, rebuilt from the user stream (immutable, like every aggregate here). Registered as a
/// projection it is also the key lookup: the host indexes it by key id to find the account for a presented token.
/// </summary>
public sealed record UserAccount
{
    public required Guid Id { get; init; }
    public required string UserName { get; init; }
    /// <summary>The unique key of the name (<see cref="UserNames"/>); null for users registered before names were normalized.</summary>
    public string? NameKey { get; init; }
    public required IReadOnlyList<Role> Roles { get; init; }
    public required IReadOnlyList<UserApiKey> ApiKeys { get; init; }

    public static UserAccount Create(UserRegistered registered) => new()
    {
        Id = registered.UserId,
        UserName = registered.UserName,
        NameKey = registered.NameKey,
        Roles = registered.Roles.Distinct().ToArray(),
        ApiKeys = [],
    };

    public UserAccount Apply(ApiKeyIssued issued) => this with
    {
        ApiKeys = [.. ApiKeys, new UserApiKey(
            new ApiKeyHash(issued.KeyId, issued.Algorithm, issued.Salt, issued.Hash), issued.IssuedAt, null)],
    };

    public UserAccount Apply(ApiKeyRevoked revoked) => this with
    {
        ApiKeys = ApiKeys
            .Select(k => k.Stored.KeyId == revoked.KeyId && k.IsActive ? k with { RevokedAt = revoked.RevokedAt } : k)
            .ToArray(),
    };

    /// <summary>True when the token is one of this user's keys and that key has not been revoked.</summary>
    public bool Authenticates(string? token) =>
        ApiKeys.Any(k => k.IsActive && Access.ApiKeys.Verify(token, k.Stored));

    /// <summary>Events that issue a new key; the caller shows <see cref="GeneratedApiKey.Token"/> once and discards it.</summary>
    public static (GeneratedApiKey Key, ApiKeyIssued Issued) IssueKey(Guid userId, string issuedBy, DateTimeOffset at)
    {
        var key = Access.ApiKeys.Generate();
        return (key, new ApiKeyIssued(userId, key.KeyId, key.Stored.Algorithm, key.Stored.Salt, key.Stored.Hash, issuedBy, at));
    }
}
