using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimCheck.Api.Tests.Desk;

/// <summary>Every desk page in Chromium: no critical accessibility violation, readable refusals of bad input, no 5xx, nothing fetched from elsewhere.</summary>
[Collection(DeskCollection.Name)]
public sealed class DeskPageTests(DeskFixture desk, ITestOutputHelper output)
{
    private IReadOnlyList<string> Pages()
    {
        var flag = desk.G20Case;
        return ["/queue", $"/cases/{flag.Id}", $"/cases/{desk.SpareCases[4]}", $"/cases/{flag.Id}/history", $"/articles/{flag.FirstArticleId}",
            $"/speakers/{flag.SpeakerIds[0]}", "/audit"];
    }

    [Fact]
    public async Task The_main_pages_have_no_critical_or_serious_accessibility_violation()
    {
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(The_main_pages_have_no_critical_or_serious_accessibility_violation), async () =>
        {
            await browser.Page.GotoAsync("/sign-in");
            var problems = new List<string>();
            await Check("/sign-in");
            await browser.SignInAsync(desk.KeyOf(DeskFixture.FactCheckingEditor));
            foreach (var path in Pages().Where(p => p != "/audit"))
            {
                await browser.Page.GotoAsync(path);
                await Check(path);
            }
            await using var auditor = await DeskBrowser.OpenAsync(desk);
            await auditor.SignInAsync(desk.KeyOf(DeskFixture.Auditor), "/audit");
            await Expect(auditor.Page.GetByRole(AriaRole.Heading, new() { Name = "Audit" })).ToBeVisibleAsync();
            var audit = await auditor.Page.RunAxe();
            problems.AddRange(audit.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"/audit: {v.Id} {v.Help}"));
            foreach (var v in audit.Violations) output.WriteLine($"/audit: {v.Impact} {v.Id}: {v.Help}");

            // The auditor's checks are the command line's: the chain of the whole store verifies, every read model replays.
            await auditor.Page.GetByRole(AriaRole.Button, new() { Name = "Verify the chain" }).ClickAsync();
            await Expect(auditor.Page.GetByText("Chain intact:")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await auditor.Page.GetByRole(AriaRole.Button, new() { Name = "Run the replay check" }).ClickAsync();
            await Expect(auditor.Page.GetByText("Replay matches:")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            var export = await auditor.Context.APIRequest.GetAsync("/api/audit/export");
            export.Status.ShouldBe(200);
            (await export.TextAsync()).ShouldContain("contradiction_flagged");
            problems.ShouldBeEmpty();

            async Task Check(string path)
            {
                await Expect(browser.Page.Locator("main .loading")).ToHaveCountAsync(0);
                var result = await browser.Page.RunAxe();
                foreach (var v in result.Violations) output.WriteLine($"{path}: {v.Impact} {v.Id}: {v.Help} ({v.Nodes.Length} nodes)");
                problems.AddRange(result.Violations.Where(v => v.Impact is "critical" or "serious").Select(v => $"{path}: {v.Id} {v.Help}"));
            }
        }, browser);
    }

    [Fact]
    public async Task Every_page_is_usable_from_the_keyboard_alone()
    {
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(Every_page_is_usable_from_the_keyboard_alone), async () =>
        {
            var page = browser.Page;
            await page.GotoAsync("/sign-in");
            // The key field takes the focus on its own; typing before it has it would drop the first keys.
            await Expect(page.GetByLabel("Your API key")).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(desk.KeyOf(DeskFixture.Auditor));
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();

            // Tab from the top: skip link first, then the navigation, then the filters; Enter on the state filter's form applies it.
            await page.Keyboard.PressAsync("Tab");
            (await page.EvaluateAsync<string>("document.activeElement.textContent")).ShouldBe("Skip to content");
            await page.GetByLabel("State", new() { Exact = true }).FocusAsync();
            await page.Keyboard.PressAsync("ArrowDown"); // "open"
            await page.GetByLabel("Minimum score").FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("state=open"));

            // Reach a case link with Tab and open it with Enter.
            var first = page.Locator("table.queue tbody a").First;
            for (var i = 0; i < 60 && !await first.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
                await page.Keyboard.PressAsync("Tab");
            await page.Keyboard.PressAsync("Enter");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "History" })).ToBeVisibleAsync();
        }, browser);
    }

    [Theory]
    [InlineData("/queue?minScore=NaN", "minScore")]
    [InlineData("/queue?page=2147483647", "page")]
    [InlineData("/queue?state=closed", "state")]
    [InlineData("/queue?article=not-a-guid", "article")]
    public async Task A_query_value_the_API_refuses_is_shown_as_the_servers_problem_and_never_a_500(string path, string field)
    {
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(A_query_value_the_API_refuses_is_shown_as_the_servers_problem_and_never_a_500), async () =>
        {
            await browser.SignInAsync(desk.KeyOf(DeskFixture.FactChecker), path);
            var alert = browser.Page.GetByRole(AriaRole.Alert);
            await Expect(alert).ToContainTextAsync("Invalid query parameters (400)");
            await Expect(alert).ToContainTextAsync(field);
            browser.ServerErrors.ShouldBeEmpty();
        }, browser);
    }

    [Fact]
    public async Task The_API_reference_is_served_by_the_host_without_any_outside_request()
    {
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(The_API_reference_is_served_by_the_host_without_any_outside_request), async () =>
        {
            await browser.SignInAsync(desk.KeyOf(DeskFixture.FactChecker));
            await browser.Page.GetByRole(AriaRole.Link, new() { Name = "API reference" }).ClickAsync();
            await Expect(browser.Page.GetByText("/api/review-queue").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
            browser.Requests.ShouldAllBe(url => url.StartsWith(desk.BaseUrl + "/"));
            browser.ServerErrors.ShouldBeEmpty();
        }, browser);
    }

    [Fact]
    public async Task A_fact_checker_corrects_a_speaker_on_the_article_page_with_a_reason()
    {
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(A_fact_checker_corrects_a_speaker_on_the_article_page_with_a_reason), async () =>
        {
            var page = browser.Page;
            await browser.SignInAsync(desk.KeyOf(DeskFixture.FactChecker), $"/articles/{desk.CorrectionArticle}");
            var quotes = page.Locator("ol.quotes > li");
            await Expect(quotes.First).ToBeVisibleAsync();
            (await page.Locator(".article-body mark.quote").CountAsync()).ShouldBeGreaterThan(0);

            var item = page.Locator("ol.quotes > li:not(.kind-headline)").First;
            await item.GetByText("Correct the speaker").ClickAsync();
            await item.GetByLabel("Who said it (speaker id)").FillAsync("emmanuel-macron");
            await item.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();
            // The reason is required: the browser keeps the form until it is given.
            (await item.GetByLabel("Reason").EvaluateAsync<bool>("e => e.validity.valueMissing")).ShouldBeTrue();
            await item.GetByLabel("Reason").FillAsync("The quote is Macron's, as the previous paragraph says.");
            await item.GetByRole(AriaRole.Button, new() { Name = "Record the correction" }).ClickAsync();
            await Expect(item.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
            browser.ServerErrors.ShouldBeEmpty();
        }, browser);
    }
}
