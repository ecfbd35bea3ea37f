using System.Security.Claims;
using ClaimCheck.Access;
using System.Linq.Expressions;
using Marten;
using Marten.Linq;

namespace ClaimCheck.Api.Access;

/// <summary>
/// The one place a presented API key becomes a user: the API key header and the desk's sign-in both go through it,
/// so a key works, or is refused, the same way wherever it is presented.
/// </summary>
public static class ApiKeyAccounts
{
    public const string KeyIdClaim = "claimcheck:key-id";

    /// <summary>The account the token authenticates, or null when it is malformed, unknown or revoked.</summary>
    public static async Task<UserAccount?> FindAsync(IQuerySession session, string? token, CancellationToken cancellation)
    {
        if (!ApiKeys.TryParse(token, out var keyId, out _)) return null;
        var account = await FindByKeyIdAsync(session, keyId, cancellation);
        return account is not null && account.Authenticates(token) ? account : null;
    }

    /// <summary>
    /// The account holding the key id. Every authenticated request runs this, so it is a compiled query: Marten
    /// translates the LINQ once per process instead of once per request.
    /// </summary>
    public static Task<UserAccount?> FindByKeyIdAsync(IQuerySession session, string keyId, CancellationToken cancellation) =>
        session.QueryAsync(new AccountByKeyId { KeyId = keyId }, cancellation);

    public sealed class AccountByKeyId : ICompiledQuery<UserAccount, UserAccount?>
    {
        public string KeyId { get; init; } = "";

        public Expression<Func<IMartenQueryable<UserAccount>, UserAccount?>> QueryIs() =>
            q => q.FirstOrDefault(u => u.ApiKeys.Any(k => k.Stored.KeyId == KeyId));
    }

    /// <summary>
    /// The user as authorization sees them: name, stable id, roles, and the key that signed them in (so revoking
    /// that key also ends a desk session opened with it).
    /// </summary>
    public static ClaimsPrincipal Principal(UserAccount account, string keyId, string authenticationType)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, account.UserName),
            new(ClaimTypes.NameIdentifier, account.Id.ToString()),
            new(KeyIdClaim, keyId),
        };
        claims.AddRange(account.Roles.Select(r => new Claim(ClaimTypes.Role, RoleNames.NameOf(r))));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, authenticationType));
    }
}
