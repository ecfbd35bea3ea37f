using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimCheck.Api.Desk;
using Marten;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimCheck.Api.Tests.Desk;

/// <summary>The desk's cookie session and anti-forgery rules, over plain HTTP against the listening service.</summary>
[Collection(DeskCollection.Name)]
[Trait("Category", "Faults")]
public sealed partial class DeskSessionTests(DeskFixture desk)
{
    /// <summary>A browser-like client: its own cookie jar, no redirects followed, no API key header.</summary>
    private sealed class Visitor : IDisposable
    {
        public CookieContainer Cookies { get; } = new();
        public HttpClient Http { get; }

        public Visitor(string baseUrl) =>
            Http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(baseUrl) };

        public void Dispose() => Http.Dispose();

        public async Task<string> TokenFrom(string path)
        {
            var html = await Http.GetStringAsync(path);
            return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
                : CsrfMeta().Match(html) is { Success: true } meta ? WebUtility.HtmlDecode(meta.Groups[1].Value)
                : throw new InvalidOperationException($"No anti-forgery token on {path}");
        }

        public async Task<HttpResponseMessage> SignIn(string key, string? token, string returnUrl = "/queue")
        {
            var fields = new Dictionary<string, string> { ["apiKey"] = key, ["returnUrl"] = returnUrl };
            if (token is not null) fields[DeskSession.AntiforgeryField] = token;
            return await Http.PostAsync("/sign-in", new FormUrlEncodedContent(fields));
        }

        public async Task SignedInAs(string key) =>
            (await SignIn(key, await TokenFrom("/sign-in"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        public Cookie? Session(string baseUrl) => Cookies.GetCookies(new Uri(baseUrl)).FirstOrDefault(c => c.Name == DeskSession.CookieName);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfMeta();

    [Fact]
    public async Task Signing_in_sets_an_HttpOnly_SameSite_Strict_session_cookie_that_carries_no_key()
    {
        using var visitor = new Visitor(desk.BaseUrl);
        var response = await visitor.SignIn(desk.KeyOf(DeskFixture.FactChecker), await visitor.TokenFrom("/sign-in"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/queue");
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(DeskSession.CookieName + "="));
        setCookie.ShouldContain("httponly", Case.Insensitive);
        setCookie.ShouldContain("samesite=strict", Case.Insensitive);
        setCookie.ShouldNotContain("secure", Case.Insensitive); // plain HTTP here; see the TLS test below
        setCookie.ShouldNotContain(desk.IssuedTo(DeskFixture.FactChecker).KeyId);
        (await visitor.Http.GetAsync("/api/review-queue")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [GeneratedRegex("(?:src|href)=\"(/desk/(?:app\\.js|desk\\.css)\\?v=([0-9a-f]{16}))\"")]
    private static partial Regex VersionedAsset();

    [Fact]
    public async Task Pages_name_their_assets_by_content_hash_and_only_that_address_is_cached_for_good()
    {
        using var visitor = new Visitor(desk.BaseUrl);
        await visitor.SignedInAs(desk.KeyOf(DeskFixture.FactChecker));
        var assets = VersionedAsset().Matches(await visitor.Http.GetStringAsync("/queue"));
        assets.Select(m => m.Groups[1].Value.Split('?')[0]).Order().ShouldBe(["/desk/app.js", "/desk/desk.css"]);
        foreach (Match asset in assets)
        {
            var current = await visitor.Http.GetAsync(asset.Groups[1].Value);
            current.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await current.Content.ReadAsByteArrayAsync();
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))[..16].ShouldBe(asset.Groups[2].Value);
            current.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");

            var path = asset.Groups[1].Value.Split('?')[0];
            foreach (var other in new[] { path, $"{path}?v=0000000000000000", $"{path}?v={asset.Groups[2].Value}&v=x" })
            {
                var unversioned = await visitor.Http.GetAsync(other);
                unversioned.StatusCode.ShouldBe(HttpStatusCode.OK, other);
                unversioned.Headers.CacheControl!.NoCache.ShouldBeTrue(other);
            }
        }
    }

    [Fact]
    public void Over_TLS_the_session_and_antiforgery_cookies_are_Secure()
    {
        var options = desk.App.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(DeskSession.CookieScheme);
        var antiforgery = desk.App.Services.GetRequiredService<IOptions<Microsoft.AspNetCore.Antiforgery.AntiforgeryOptions>>().Value;
        var https = new DefaultHttpContext();
        https.Request.Scheme = "https";
        var http = new DefaultHttpContext();
        http.Request.Scheme = "http";

        options.Cookie.Build(https).Secure.ShouldBeTrue();
        antiforgery.Cookie.Build(https).Secure.ShouldBeTrue();
        options.Cookie.Build(http).Secure.ShouldBeFalse();
        options.Cookie.Build(https).SameSite.ShouldBe(SameSiteMode.Strict);
        options.Cookie.Build(https).HttpOnly.ShouldBeTrue();
    }

    [Fact]
    public async Task A_sign_in_without_the_forms_antiforgery_token_is_refused_and_opens_no_session()
    {
        using var visitor = new Visitor(desk.BaseUrl);
        var response = await visitor.SignIn(desk.KeyOf(DeskFixture.FactChecker), token: null);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("did not come from this desk");
        visitor.Session(desk.BaseUrl).ShouldBeNull();
    }

    [Fact]
    public async Task A_change_sent_with_the_session_cookie_but_without_the_token_is_refused_and_stores_nothing()
    {
        var target = desk.SpareCases[2];
        var before = await VersionOf(target);
        using var visitor = new Visitor(desk.BaseUrl);
        await visitor.SignedInAs(desk.KeyOf(DeskFixture.FactChecker));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{target}/take") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{before}\"");
        var response = await visitor.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString().ShouldBe("Anti-forgery token missing or invalid");
        (await VersionOf(target)).ShouldBe(before);
    }

    [Fact]
    public async Task Another_sessions_token_does_not_authorize_a_change()
    {
        var target = desk.SpareCases[2];
        var before = await VersionOf(target);
        using var mallory = new Visitor(desk.BaseUrl);
        await mallory.SignedInAs(desk.KeyOf(DeskFixture.SecondFactChecker));
        var malloryToken = await mallory.TokenFrom("/queue");
        using var victim = new Visitor(desk.BaseUrl);
        await victim.SignedInAs(desk.KeyOf(DeskFixture.FactChecker));

        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{target}/take") { Content = JsonContent.Create(new { }) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{before}\"");
        request.Headers.TryAddWithoutValidation(DeskSession.AntiforgeryHeader, malloryToken);
        (await victim.Http.SendAsync(request)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await VersionOf(target)).ShouldBe(before);
    }

    private async Task<long> VersionOf(Guid caseId)
    {
        await using var session = desk.Store.QuerySession();
        return (await session.Events.FetchStreamStateAsync(caseId))!.Version;
    }

    [Fact]
    public async Task Sign_out_needs_the_token_and_then_ends_the_session()
    {
        using var visitor = new Visitor(desk.BaseUrl);
        await visitor.SignedInAs(desk.KeyOf(DeskFixture.Auditor));

        var forged = await visitor.Http.PostAsync("/sign-out", new FormUrlEncodedContent(new Dictionary<string, string>()));
        forged.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await visitor.Http.GetAsync("/api/review-queue")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var token = await visitor.TokenFrom("/queue");
        var signOut = await visitor.Http.PostAsync("/sign-out",
            new FormUrlEncodedContent(new Dictionary<string, string> { [DeskSession.AntiforgeryField] = token }));
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await visitor.Http.GetAsync("/api/review-queue")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await visitor.Http.GetAsync("/queue")).Headers.Location!.OriginalString.ShouldStartWith("/sign-in");
    }

    [Fact]
    public async Task Revoking_the_key_that_opened_a_session_ends_the_session_on_the_next_request()
    {
        using var admin = new HttpClient { BaseAddress = new Uri(desk.BaseUrl) };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", desk.KeyOf(DeskFixture.Admin));
        var user = $"fc-temp-{Guid.NewGuid():N}"[..20];
        var created = await (await admin.PostAsJsonAsync("/api/users", new { userName = user, roles = new[] { "factchecker" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        using var visitor = new Visitor(desk.BaseUrl);
        await visitor.SignedInAs(created.GetProperty("apiKey").GetString()!);
        (await visitor.Http.GetAsync("/api/review-queue")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var revoked = await admin.PostAsJsonAsync(
            $"/api/users/{created.GetProperty("userId").GetString()}/keys/{created.GetProperty("keyId").GetString()}/revoke", new { reason = "left the team" });
        revoked.StatusCode.ShouldBe(HttpStatusCode.OK);

        (await visitor.Http.GetAsync("/api/review-queue")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Sign_in_never_redirects_off_the_site(string returnUrl)
    {
        using var visitor = new Visitor(desk.BaseUrl);
        var response = await visitor.SignIn(desk.KeyOf(DeskFixture.FactChecker), await visitor.TokenFrom("/sign-in"), returnUrl);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.OriginalString.ShouldBe("/");
    }

    [Theory]
    [InlineData("/queue?state=%E2%80%AEnepo")]
    [InlineData("/queue?speaker=a%00b")]
    [InlineData("/queue?label=%E2%80%8Bcontradiction")]
    [InlineData("/speakers/joe%E2%80%AEbiden")]
    [InlineData("/queue?assignee=" + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task A_desk_address_with_a_hostile_value_is_a_400_page_not_a_500(string path)
    {
        using var visitor = new Visitor(desk.BaseUrl);
        await visitor.SignedInAs(desk.KeyOf(DeskFixture.FactChecker));
        var response = await visitor.Http.GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        (await response.Content.ReadAsStringAsync()).ShouldContain("This address cannot be shown");
    }

    [Theory]
    [InlineData("/cases/not-a-guid", HttpStatusCode.NotFound)]
    [InlineData("/cases/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/articles/%27%20or%201%3D1", HttpStatusCode.NotFound)]
    [InlineData("/nowhere", HttpStatusCode.NotFound)]
    public async Task A_desk_address_that_names_nothing_is_a_4xx(string path, HttpStatusCode expected)
    {
        using var visitor = new Visitor(desk.BaseUrl);
        await visitor.SignedInAs(desk.KeyOf(DeskFixture.FactChecker));
        (await visitor.Http.GetAsync(path)).StatusCode.ShouldBe(expected);
    }
}
