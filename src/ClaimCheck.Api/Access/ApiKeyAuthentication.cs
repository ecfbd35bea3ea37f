using System.Text.Encodings.Web;
using ClaimCheck.Access;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ClaimCheck.Api.Access;

/// <summary>
/// Authenticates "Authorization: Bearer cc_..." (or "X-Api-Key: cc_...") against the salted key hashes
/// of user accounts. The key id inside the token finds the account without scanning; the secret is then
/// checked in constant time. Revocation takes effect on the next request (no cache).
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IDocumentStore store)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = PresentedToken(Request);
        if (token is null) return AuthenticateResult.NoResult();
        if (!ApiKeys.TryParse(token, out var keyId, out _))
            return AuthenticateResult.Fail("The API key is malformed.");

        await using var session = store.QuerySession();
        if (await ApiKeyAccounts.FindAsync(session, token, Context.RequestAborted) is not { } account)
            return AuthenticateResult.Fail("The API key is unknown or revoked.");
        return AuthenticateResult.Success(new AuthenticationTicket(ApiKeyAccounts.Principal(account, keyId, SchemeName), SchemeName));
    }

    /// <summary>True when the request carries an API key header (then the key, not a desk cookie, decides who it is).</summary>
    public static bool PresentsKey(HttpRequest request) => PresentedToken(request) is not null;

    private static string? PresentedToken(HttpRequest request)
    {
        if (request.Headers.Authorization.ToString() is { Length: > 7 } header && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            return header[7..].Trim();
        return request.Headers.TryGetValue("X-Api-Key", out var key) ? key.ToString().Trim() : null;
    }
}
