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
        // Page 1000 as a reviewer reaches it, by the Next link's keyset cursor (read once from the API's page 999).
        // A queue of fewer than 1000 pages (the sample corpus) has no such page, and those two rows are left out.
        var deep = await context.APIRequest.GetAsync("/api/review-queue?page=999");
        var deepCursor = deep.Ok && System.Text.Json.JsonDocument.Parse(await deep.TextAsync()).RootElement.TryGetProperty("nextCursor", out var next)
            ? next.GetString()
            : null;
        var pages = new List<(string Name, string Path)>
        {
            ("queue, unfiltered", "/queue"),
            ("queue, state=open", "/queue?state=open"),
            ("queue, one speaker", $"/queue?state=open&speaker={Uri.EscapeDataString(speaker)}"),
        };
        if (deepCursor is not null)
            pages.AddRange([("queue, page 1000", $"/queue?cursor={Uri.EscapeDataString(deepCursor)}"), ("queue, page 1000 by number", "/queue?page=1000")]);
        pages.AddRange([("case", firstCase), ("case history", $"{firstCase}/history"), ("case as of version 1", $"{firstCase}?version=1")]);

        // "in page": navigation start to the page's own 'desk-rendered' mark, as the browser's clock has it.
        // "as driven": the same seen from this process, including Playwright's round trips to the browser.
        output.WriteLine($"{"page",-28} {"in page: median",15} {"p95",6} {"max",6}   {"as driven: median",17} {"p95",6}  " +
                         $"(ms; {runs} loads each after one warm-up, {baseUrl})");
        foreach (var (name, path) in pages)
        {
            await Load(page, path);
            var inPage = new List<double>();
            var driven = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var (browser, seen) = await Load(page, path);
                inPage.Add(browser);
                driven.Add(seen);
            }
            var last = await Breakdown(page);
            inPage.Sort();
            driven.Sort();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-28} {Median(inPage),15:0} {P95(inPage),6:0} {inPage[^1],6:0}   {Median(driven),17:0} {P95(driven),6:0}   last load: {last}"));
        }

        if (screenshots is not null)
        {
            Directory.CreateDirectory(screenshots);
            foreach (var (file, path) in new[] { ("desk-queue.png", "/queue"), ("desk-case.png", firstCase) })
            {
                _ = await Load(page, path);
                await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, file), FullPage = true });
                output.WriteLine($"screenshot of {path}: {Path.Combine(screenshots, file)}");
            }
        }
        await context.CloseAsync();
        Directory.Delete(profile, recursive: true);
    }

    private static double Median(List<double> sorted) => sorted[sorted.Count / 2];

    private static double P95(List<double> sorted) => sorted[(int)Math.Ceiling(sorted.Count * 0.95) - 1];

    private static async Task<(double InPage, double Driven)> Load(IPage page, string path)
    {
        var clock = Stopwatch.StartNew();
        await page.GotoAsync(path);
        await Rendered(page);
        var driven = clock.Elapsed.TotalMilliseconds;
        var inPage = await page.EvaluateAsync<double>("() => performance.getEntriesByName('desk-rendered').at(-1)?.startTime ?? -1");
        return (inPage, driven);
    }

    /// <summary>Where one load's time went, from the browser's own timings (ms since navigation start).</summary>
    private static Task<string> Breakdown(IPage page) => page.EvaluateAsync<string>("""
        () => {
          const nav = performance.getEntriesByType('navigation')[0];
          const resources = performance.getEntriesByType('resource');
          const end = pattern => Math.max(0, ...resources.filter(r => pattern.test(new URL(r.name).pathname)).map(r => r.responseEnd));
          const rendered = performance.getEntriesByName('desk-rendered').at(-1)?.startTime ?? -1;
          return `shell received ${nav.responseEnd.toFixed(0)}, app.js received ${end(/app\.js$/).toFixed(0)}, ` +
                 `last API answer ${end(/^\/api\//).toFixed(0)}, rendered ${rendered.toFixed(0)}`;
        }
        """);

    private static Task Rendered(IPage page) =>
        page.WaitForFunctionAsync("() => !document.querySelector('main .loading') && document.querySelector('main h1')", null, new() { Timeout = 60_000 });
}
