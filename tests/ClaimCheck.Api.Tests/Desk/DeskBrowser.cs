using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ClaimCheck.Api.Tests.Desk;

/// <summary>
/// One person's browser: Debian's Chromium (never a downloaded one) in a fresh profile, headless. On failure the test
/// leaves a screenshot of every open page in the test output folder and names it in the test log.
/// </summary>
public sealed class DeskBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly string _profile;

    private DeskBrowser(IBrowserContext context, IPage page, string profile, string baseUrl)
    {
        Context = context;
        Page = page;
        _profile = profile;
        BaseUrl = baseUrl;
    }

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public string BaseUrl { get; }

    /// <summary>Every request the pages made, to prove nothing is fetched from outside the host.</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Every response with a 5xx status (none is expected, whatever the user types).</summary>
    public List<string> ServerErrors { get; } = [];

    public static async Task<DeskBrowser> OpenAsync(DeskFixture desk)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: apt-get install -y chromium (ops/test installs it).");
        var profile = Directory.CreateTempSubdirectory("claimcheck-desk-profile-").FullName;
        var context = await desk.Playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            BaseURL = desk.BaseUrl,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        context.SetDefaultTimeout(15_000);
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        var browser = new DeskBrowser(context, page, profile, desk.BaseUrl);
        context.Request += (_, request) => browser.Requests.Add(request.Url);
        context.Response += (_, response) => { if (response.Status >= 500) browser.ServerErrors.Add($"{response.Status} {response.Url}"); };
        return browser;
    }

    public async Task SignInAsync(string apiKey, string path = "/queue")
    {
        await Page.GotoAsync(path);
        await Page.GetByLabel("Your API key").FillAsync(apiKey);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Runs a story; a failure leaves screenshots of the pages as they were.</summary>
    public static async Task StoryAsync(ITestOutputHelper output, string name, Func<Task> story, params DeskBrowser[] browsers)
    {
        try
        {
            await story();
        }
        catch
        {
            var folder = Environment.GetEnvironmentVariable("CLAIMCHECK_DESK_SCREENSHOTS") ?? Path.Combine(AppContext.BaseDirectory, "desk-failures");
            Directory.CreateDirectory(folder);
            for (var i = 0; i < browsers.Length; i++)
            {
                var file = Path.Combine(folder, $"{name}-{i + 1}.png");
                try
                {
                    await browsers[i].Page.ScreenshotAsync(new() { Path = file, FullPage = true });
                    output.WriteLine($"Screenshot of browser {i + 1} at failure: {file} ({browsers[i].Page.Url})");
                }
                catch (Exception e)
                {
                    output.WriteLine($"No screenshot of browser {i + 1}: {e.Message}");
                }
            }
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { }
    }
}
