using System.Diagnostics;
using System.Globalization;
using Microsoft.Playwright;

/// <summary>
/// How long the review desk's main pages take to show, in Debian's Chromium against a running service: from the start
/// of the navigation until the page's script has replaced "Loading…" with the page (every API call answered and
/// rendered). Not a test: the figures depend on the machine and on what else runs on it.
/// <c>desk-pages --url http://127.0.0.1:5099 --key cc_... [--runs 20] [--screenshots DIR]</c>
/// </summary>
public static class DeskPageLoad
{
    public static async Task RunAsync(string[] args, TextWriter output)
    {
        string Option(string name, string? fallback = null) =>
            args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() ?? fallback ?? throw new ArgumentException($"{name} is required");
        var baseUrl = Option("--url").TrimEnd('/');
        var key = Option("--key");
        var runs = int.Parse(Option("--runs", "20"), CultureInfo.InvariantCulture);
        var screenshots = args.Contains("--screenshots") ? Option("--screenshots") : null;

        using var playwright = await Playwright.CreateAsync();
        var profile = Directory.CreateTempSubdirectory("claimcheck-desk-bench-").FullName;
        await using var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
            BaseURL = baseUrl,
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Locale = "en-GB",
            TimezoneId = "UTC",
        });
        var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Your API key").FillAsync(key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Rendered(page);

        var firstCase = await page.Locator("table.queue tbody a").First.GetAttributeAsync("href")
            ?? throw new InvalidOperationException("The queue is empty: seed cases first.");
        var speaker = await page.Locator("table.queue tbody td:nth-child(6) a").First.InnerTextAsync();
        var pages = new (string Name, string Path)[]
        {
            ("queue, unfiltered", "/queue"),
            ("queue, state=open", "/queue?state=open"),
            ("queue, one speaker", $"/queue?state=open&speaker={Uri.EscapeDataString(speaker)}"),
            ("queue, page 1000", "/queue?page=1000"),
            ("case", firstCase),
            ("case history", $"{firstCase}/history"),
            ("case as of version 1", $"{firstCase}?version=1"),
        };

        output.WriteLine($"{"page",-24} {"median ms",10} {"p95 ms",8} {"max ms",8}  ({runs} loads each after one warm-up, {baseUrl})");
        foreach (var (name, path) in pages)
        {
            await Load(page, path);
            var times = new List<double>();
            for (var i = 0; i < runs; i++) times.Add(await Load(page, path));
            times.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {times[times.Count / 2],10:0} {times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:0} {times[^1],8:0}"));
        }

        if (screenshots is not null)
        {
            Directory.CreateDirectory(screenshots);
            foreach (var (file, path) in new[] { ("desk-queue.png", "/queue"), ("desk-case.png", firstCase) })
            {
                await Load(page, path);
                await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, file), FullPage = true });
                output.WriteLine($"screenshot of {path}: {Path.Combine(screenshots, file)}");
            }
        }
        await context.CloseAsync();
        Directory.Delete(profile, recursive: true);
    }

    private static async Task<double> Load(IPage page, string path)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path);
        await Rendered(page);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static Task Rendered(IPage page) =>
        page.WaitForFunctionAsync("() => !document.querySelector('main .loading') && document.querySelector('main h1')", null, new() { Timeout = 60_000 });
}
