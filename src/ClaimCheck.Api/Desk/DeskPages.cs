using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimCheck.Access;
using ClaimCheck.Api.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Review;
using ClaimCheck.Input;
using ClaimCheck.Review;
using Marten;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.FileProviders;
using Scalar.AspNetCore;

namespace ClaimCheck.Api.Desk;

/// <summary>
/// The review desk at <c>/</c>: a sign-in form, then one page shell per desk address whose script renders the page from
/// the JSON API with the session cookie. The desk holds no business rule of its own: every read and every action is an
/// API request, so the same endpoints, authorization policies and workflow decide for the browser as for any client.
/// </summary>
public static class DeskPages
{
    public const string AssetsPath = "/desk";
    public const string ApiReferencePath = "/api-reference";

    private static readonly string[] ShellRoutes =
        ["/", "/queue", "/cases/{id:guid}", "/cases/{id:guid}/history", "/articles/{id:guid}", "/speakers/{speakerId}", "/audit"];

    // Every desk page is built from the host's own assets: no script, style or font from anywhere else.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

    private static readonly EmbeddedFileProvider Assets = new(typeof(DeskPages).Assembly, "desk");

    /// <summary>Each asset's version: the start of its content's SHA-256, so the address changes exactly when the file does.</summary>
    private static readonly IReadOnlyDictionary<string, string> AssetVersions = new[] { "app.js", "desk.css" }.ToDictionary(
        name => name,
        name =>
        {
            using var content = Assets.GetFileInfo(name).CreateReadStream();
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..16];
        });

    /// <summary>The address pages use for an asset; it carries the asset's version, so browsers may keep it for good.</summary>
    public static string AssetUrl(string name) => $"{AssetsPath}/{name}?v={AssetVersions[name]}";

    // Asked for at its current version, an asset is cached for a year and never revalidated (the next version has
    // another address); any other request for it (no version, an old one) is revalidated each time.
    public static IApplicationBuilder UseDeskAssets(this IApplicationBuilder app) => app.UseStaticFiles(new StaticFileOptions
    {
        FileProvider = Assets,
        RequestPath = AssetsPath,
        OnPrepareResponse = context =>
            context.Context.Response.Headers.CacheControl =
                AssetVersions.TryGetValue(context.File.Name, out var version) && context.Context.Request.Query["v"] == version
                    ? "public, max-age=31536000, immutable"
                    : "no-cache",
    });

    public static WebApplication MapDesk(this WebApplication app)
    {
        app.MapGet("/sign-in", (HttpContext context, IAntiforgery antiforgery, string? returnUrl) =>
                SignInPage(context, antiforgery, LocalOrRoot(returnUrl), null, StatusCodes.Status200OK))
            .AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/sign-in", SignInAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/sign-out", SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        foreach (var route in ShellRoutes)
            app.MapGet(route, Shell).AllowAnonymous().ExcludeFromDescription();
        // Scalar's script is embedded in its package; its fonts, telemetry and AI agent would call its servers, so they are off.
        app.MapScalarApiReference(ApiReferencePath, options => options
            .WithTitle("ClaimCheck API reference")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        return app;
    }

    private static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, IDocumentStore store)
    {
        // A sign-in form is a few hundred bytes; anything else is refused before the form is parsed.
        if (!context.Request.HasFormContentType)
            return Page(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", Message("The sign-in form is posted as a form."));
        if (context.Request.ContentLength is not { } length || length > 8_192)
            return Page(StatusCodes.Status413PayloadTooLarge, "Request too large", Message("The sign-in form is larger than 8 KiB."));
        if (!await antiforgery.IsRequestValidAsync(context))
            return SignInPage(context, antiforgery, "/", "This sign-in form has expired or did not come from this desk. Try again.", StatusCodes.Status400BadRequest);

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var returnUrl = LocalOrRoot(form["returnUrl"].ToString());
        var key = form["apiKey"].ToString().Trim();
        await using var session = store.QuerySession();
        if (!ApiKeys.TryParse(key, out var keyId, out _) || await ApiKeyAccounts.FindAsync(session, key, context.RequestAborted) is not { } account)
            return SignInPage(context, antiforgery, returnUrl, "That API key is unknown, revoked or mistyped.", StatusCodes.Status401Unauthorized);

        await context.SignInAsync(DeskSession.CookieScheme, ApiKeyAccounts.Principal(account, keyId, DeskSession.CookieScheme));
        return Results.Redirect(returnUrl);
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        // Signing out is a change too: a forged page must not be able to end someone's session.
        if (!context.Request.HasFormContentType || context.Request.ContentLength is not { } length || length > 8_192
            || !await antiforgery.IsRequestValidAsync(context))
            return Page(StatusCodes.Status400BadRequest, "Anti-forgery token missing or invalid",
                Message("Signing out is done with the desk's own Sign out button; reload the page and use it."));
        await context.SignOutAsync(DeskSession.CookieScheme);
        return Results.Redirect("/sign-in");
    }

    private static IResult Shell(HttpContext context, IAntiforgery antiforgery, RequestLimits limits)
    {
        if (!DeskSession.IsSession(context.User))
            return Results.Redirect($"/sign-in?returnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");

        // Desk addresses take the API's query values; any value the API could not read at all (control, format or
        // bidi characters, too long) is refused here, before a page is built around it.
        var q = new QueryReader(limits);
        foreach (var (name, values) in context.Request.Query)
        {
            q.Text("parameter name", name);
            foreach (var value in values) q.Text(name, value);
        }
        foreach (var (name, value) in context.Request.RouteValues)
            if (value is string text) q.Errors.Text(name, text, limits.MaxIdChars, TextKind.Identifier);
        if (q.Errors.Any)
            return Page(StatusCodes.Status400BadRequest, "Invalid address",
                $"<p>This address cannot be shown: {Encode(string.Join(" ", q.Errors.ToDictionary().SelectMany(e => e.Value)))}</p><p><a href=\"/queue\">Back to the queue</a></p>",
                context, antiforgery);

        var roles = AccessPolicies.RolesOf(context.User);
        var desk = new
        {
            user = Actors.Of(context.User),
            roles = roles.Select(RoleNames.NameOf),
            permissions = PermissionTable.PermissionsOf(roles).Select(p => p.ToString()),
            states = Enum.GetValues<CaseState>().Select(CaseNames.Of),
            verdicts = VerdictScale.All.Select(v => new { code = v.Code, name = v.AlternateName }),
            actions = Enum.GetValues<CaseAction>().Where(a => a != CaseAction.OpenByHand).Select(a => new
            {
                action = CaseNames.Of(a),
                path = a switch
                {
                    CaseAction.Take => "take",
                    CaseAction.ProposeVerdict => "propose",
                    CaseAction.ApproveVerdict => "approve",
                    CaseAction.SendBackVerdict => "send-back",
                    CaseAction.PublishVerdict => "publish",
                    _ => "reopen",
                },
                permission = PermissionTable.ForCaseAction(a).ToString(),
            }),
        };
        // System.Text.Json escapes <, > and & inside strings, so the island cannot close its script element.
        var island = JsonSerializer.Serialize(desk);
        return Page(StatusCodes.Status200OK, "ClaimCheck review desk",
            $"""<p class="loading">Loading…</p><script type="application/json" id="desk-context">{island}</script><script type="module" src="{AssetUrl("app.js")}"></script>""",
            context, antiforgery);
    }

    private static IResult SignInPage(HttpContext context, IAntiforgery antiforgery, string returnUrl, string? error, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var alert = error is null ? "" : $"""<p class="problem" role="alert">{Encode(error)}</p>""";
        return Page(status, "Sign in", $"""
            <h1>Sign in to the review desk</h1>
            {alert}
            <form method="post" action="/sign-in" class="sign-in">
              <input type="hidden" name="{DeskSession.AntiforgeryField}" value="{Encode(tokens.RequestToken!)}">
              <input type="hidden" name="returnUrl" value="{Encode(returnUrl)}">
              <label for="apiKey">Your API key</label>
              <input id="apiKey" name="apiKey" type="password" autocomplete="current-password" required autofocus spellcheck="false" aria-describedby="apiKeyHelp">
              <p id="apiKeyHelp" class="hint">The key you were given (cc_…). It is exchanged for a session cookie and not kept by the browser.</p>
              <button type="submit">Sign in</button>
            </form>
            """);
    }

    private static IResult Page(int status, string title, string body, HttpContext? context = null, IAntiforgery? antiforgery = null)
    {
        var header = "";
        var meta = "";
        if (context is not null && antiforgery is not null && DeskSession.IsSession(context.User))
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var permissions = PermissionTable.PermissionsOf(AccessPolicies.RolesOf(context.User));
            var audit = permissions.Contains(Permission.ExportAudit) ? """<li><a href="/audit">Audit</a></li>""" : "";
            meta = $"""<meta name="csrf-token" content="{Encode(tokens.RequestToken!)}">""";
            header = $"""
                <header class="top">
                  <nav aria-label="Desk">
                    <a class="brand" href="/queue">ClaimCheck desk</a>
                    <ul><li><a href="/queue">Review queue</a></li>{audit}<li><a href="{ApiReferencePath}">API reference</a></li></ul>
                  </nav>
                  <form method="post" action="/sign-out" class="who">
                    <span>Signed in as <strong>{Encode(Actors.Of(context.User))}</strong> ({Encode(string.Join(", ", AccessPolicies.RolesOf(context.User).Select(RoleNames.NameOf)))})</span>
                    <input type="hidden" name="{DeskSession.AntiforgeryField}" value="{Encode(tokens.RequestToken!)}">
                    <button type="submit">Sign out</button>
                  </form>
                </header>
                """;
        }
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{Encode(title)} · ClaimCheck</title>
            <link rel="stylesheet" href="{AssetUrl("desk.css")}">
            {meta}
            </head>
            <body>
            <a class="skip" href="#main">Skip to content</a>
            {header}
            <main id="main" tabindex="-1">
            {body}
            </main>
            </body>
            </html>
            """;
        return new HtmlPage(status, html);
    }

    private static string Message(string text) => $"<h1>Refused</h1><p>{Encode(text)}</p>";

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);

    /// <summary>Only a path of this site: no scheme, no host, no protocol-relative or backslash tricks.</summary>
    private static string LocalOrRoot(string? url) =>
        url is { Length: > 0 and <= 2_048 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && TextRules.Check("returnUrl", url, 2_048, TextKind.Identifier) is null
            ? url
            : "/";

    private sealed class HtmlPage(int status, string html) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            context.Response.Headers["Referrer-Policy"] = "same-origin";
            context.Response.Headers.CacheControl = "no-store";
            return context.Response.WriteAsync(html, context.RequestAborted);
        }
    }
}
