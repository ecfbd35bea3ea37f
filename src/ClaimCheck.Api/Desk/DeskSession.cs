using ClaimCheck.Api.Access;
using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace ClaimCheck.Api.Desk;

/// <summary>
/// The review desk's sign-in: an API key exchanged once for a session cookie (HttpOnly, SameSite=Strict, Secure when
/// the request came over TLS). The cookie holds the user's id and the id of the key that opened the session, never the
/// key; every request re-reads the account, so a revoked key or a changed role takes effect on the next click, as it
/// does for a key sent in a header. A request that carries an API key header is always the key's user.
/// </summary>
public static class DeskSession
{
    public const string CookieScheme = "DeskSession";
    public const string KeyOrSessionScheme = "ApiKeyOrDeskSession";
    public const string CookieName = "claimcheck-desk";
    public const string AntiforgeryCookieName = "claimcheck-desk-csrf";
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";
    public const string AntiforgeryField = "__RequestVerificationToken";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public static AuthenticationBuilder AddDeskSession(this AuthenticationBuilder builder)
    {
        builder.Services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.FormFieldName = AntiforgeryField;
            o.Cookie.Name = AntiforgeryCookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return builder
            .AddCookie(CookieScheme, o =>
            {
                o.Cookie.Name = CookieName;
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = Lifetime;
                o.SlidingExpiration = true;
                o.LoginPath = "/sign-in";
                o.Events.OnValidatePrincipal = RevalidateAsync;
                // The API answers a missing or insufficient session with its own problems, never with a redirect to HTML.
                o.Events.OnRedirectToLogin = context => { context.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
                o.Events.OnRedirectToAccessDenied = context => { context.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
            })
            .AddPolicyScheme(KeyOrSessionScheme, "API key, or the review desk's session", o =>
                o.ForwardDefaultSelector = context =>
                    !ApiKeyAuthenticationHandler.PresentsKey(context.Request) && context.Request.Cookies.ContainsKey(CookieName)
                        ? CookieScheme
                        : ApiKeyAuthenticationHandler.SchemeName);
    }

    /// <summary>True for a request whose user comes from the desk's cookie (the requests a forged page could send).</summary>
    public static bool IsSession(System.Security.Claims.ClaimsPrincipal user) =>
        user.Identity is { IsAuthenticated: true, AuthenticationType: CookieScheme };

    private static async Task RevalidateAsync(CookieValidatePrincipalContext context)
    {
        var keyId = context.Principal?.FindFirst(ApiKeyAccounts.KeyIdClaim)?.Value;
        var userId = Hosting.Actors.IdOf(context.Principal);
        if (keyId is not null && userId is not null)
        {
            await using var session = context.HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
            var account = await ApiKeyAccounts.FindByKeyIdAsync(session, keyId, context.HttpContext.RequestAborted);
            if (account is not null && account.Id == userId && account.ApiKeys.Any(k => k.Stored.KeyId == keyId && k.IsActive))
            {
                context.ReplacePrincipal(ApiKeyAccounts.Principal(account, keyId, CookieScheme));
                return;
            }
        }
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieScheme);
    }

    /// <summary>
    /// Refuses a state-changing request made with the desk's cookie unless it carries the page's anti-forgery token
    /// (header <see cref="AntiforgeryHeader"/> or form field). Requests authenticated by an API key header need none:
    /// a browser never adds that header on its own.
    /// </summary>
    public static IApplicationBuilder UseDeskAntiforgery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (IsSession(context.User) && !IsSafe(context.Request.Method))
        {
            var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                await Hosting.Problems.Create(StatusCodes.Status400BadRequest, "Anti-forgery token missing or invalid",
                    $"A change made with a desk session must carry the page's anti-forgery token ({AntiforgeryHeader} header); reload the page and try again.")
                    .ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
