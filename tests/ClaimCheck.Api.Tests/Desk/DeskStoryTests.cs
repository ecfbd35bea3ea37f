using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClaimCheck.Api.Tests.Desk;

/// <summary>The review desk driven in Chromium the way its users work: the stories of issue #12.</summary>
[Collection(DeskCollection.Name)]
public sealed class DeskStoryTests(DeskFixture desk, ITestOutputHelper output)
{
    [Fact]
    public async Task The_founding_G20_case_goes_from_the_queue_to_a_published_ClaimReview_under_four_eyes()
    {
        await using var factChecker = await DeskBrowser.OpenAsync(desk);
        await using var editor = await DeskBrowser.OpenAsync(desk);
        await using var auditor = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(The_founding_G20_case_goes_from_the_queue_to_a_published_ClaimReview_under_four_eyes), async () =>
        {
            var page = factChecker.Page;
            await factChecker.SignInAsync(desk.KeyOf(DeskFixture.FactCheckingEditor));
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Review queue" })).ToBeVisibleAsync();
            await Expect(page.Locator("header")).ToContainTextAsync(DeskFixture.FactCheckingEditor);

            // Filter: contradictions scored at least the founding case's score rounded down to 0.05.
            var minimum = Math.Floor(desk.G20Case.Score * 20) / 20;
            await page.GetByLabel("Label").SelectOptionAsync("contradiction");
            await page.GetByLabel("Minimum score").FillAsync(minimum.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("label=contradiction.*minScore="));
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("highest score first");
            var scores = await page.Locator("table.queue tbody td.num").AllInnerTextsAsync();
            scores.ShouldNotBeEmpty();
            scores.ShouldAllBe(s => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture) >= minimum - 0.005);

            // The counts per state keep the other filters; choosing "open" narrows the queue to it.
            var perState = page.GetByRole(AriaRole.Navigation, new() { Name = "Cases per state" });
            await Expect(perState.Locator("a[aria-current]")).ToHaveTextAsync($"all {scores.Count}");
            await perState.GetByRole(AriaRole.Link, new() { Name = $"open {scores.Count}" }).ClickAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("label=contradiction.*minScore=.*state=open"));
            await Expect(perState.Locator("a[aria-current]")).ToHaveTextAsync($"open {scores.Count}");
            (await page.Locator("table.queue tbody tr").CountAsync()).ShouldBe(scores.Count);

            await page.Locator($"a[href='/cases/{desk.G20Case.Id}']").ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Earlier claim" })).ToBeVisibleAsync();

            // Both quotes highlighted at their spans, inside the sentence, inside their article's paragraph (or headline).
            var quotes = page.Locator("blockquote.context mark.quote");
            await Expect(quotes).ToHaveCountAsync(2);
            (await quotes.AllInnerTextsAsync()).ShouldBe([DeskFixture.G20Headline, DeskFixture.G20Body]);
            await Expect(page.Locator(".claim").Nth(1).Locator("blockquote.context mark.sentence").First).ToContainTextAsync("Joe Biden");
            await Expect(page.Locator(".claim").Nth(1).Locator("blockquote.context")).ToContainTextAsync("Vladimir Poutine au G20");
            await Expect(page.Locator(".why")).ToContainTextAsync("polarity-conflict/1");
            (await page.Locator("main").InnerTextAsync()).ShouldNotMatch("(?m)^\\s*(null|undefined|\\[object \\w+\\])\\s*$");
            await Expect(page.Locator(".why table").Nth(1).Locator("tbody tr")).Not.ToHaveCountAsync(0);

            await page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("now inreview (version 2)");
            await page.GetByLabel("Verdict", new() { Exact = true }).SelectOptionAsync("contradicted");
            await page.GetByLabel("Rationale").FillAsync("The headline says Putin wants to meet Biden; the body says Biden does not intend to talk with him.");
            await page.GetByLabel("Evidence links").FillAsync("https://www.elysee.fr/g20");
            await page.GetByRole(AriaRole.Button, new() { Name = "Propose the verdict" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).First).ToContainTextAsync("now verdictproposed (version 3)");

            // The same person, editor too, is offered Approve, and the server refuses it with its four-eyes text.
            await page.GetByRole(AriaRole.Button, new() { Name = "Approve the verdict" }).ClickAsync();
            var refusal = page.GetByRole(AriaRole.Alert);
            await Expect(refusal).ToContainTextAsync("Four eyes");
            await Expect(refusal).ToContainTextAsync($"{DeskFixture.FactCheckingEditor} proposed this verdict and cannot approve it");

            // Another editor approves and publishes.
            await editor.SignInAsync(desk.KeyOf(DeskFixture.Editor), $"/cases/{desk.G20Case.Id}");
            await Expect(editor.Page.Locator(".review")).ToContainTextAsync("contradicted");
            await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Approve the verdict" }).ClickAsync();
            await Expect(editor.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("now approved (version 4)");
            await editor.Page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            await Expect(editor.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync("now published (version 5)");

            // The ClaimReview link answers with the published verdict as JSON-LD.
            var link = editor.Page.GetByRole(AriaRole.Link, new() { Name = "ClaimReview JSON-LD" });
            var href = await link.GetAttributeAsync("href");
            var response = await editor.Context.APIRequest.GetAsync(href!);
            response.Status.ShouldBe(200);
            response.Headers["content-type"].ShouldStartWith("application/ld+json");
            var review = JsonDocument.Parse(await response.TextAsync()).RootElement;
            review.GetProperty("@type").GetString().ShouldBe("ClaimReview");
            review.GetProperty("claimReviewed").GetString().ShouldBe(DeskFixture.G20Headline);
            review.GetProperty("reviewRating").GetProperty("alternateName").GetString().ShouldBe("Contradicted");

            // The auditor reads the history and the case as it stood at version 2.
            await auditor.SignInAsync(desk.KeyOf(DeskFixture.Auditor), $"/cases/{desk.G20Case.Id}/history");
            var events = auditor.Page.Locator("ol.timeline > li");
            await Expect(events).ToHaveCountAsync(5);
            await Expect(events.Nth(0)).ToContainTextAsync("contradiction flagged");
            await Expect(events.Nth(0)).ToContainTextAsync("system");
            await Expect(events.Nth(1)).ToContainTextAsync(DeskFixture.FactCheckingEditor);
            await Expect(events.Nth(3)).ToContainTextAsync(DeskFixture.Editor);
            await Expect(events.Nth(1).Locator("dd code").First).Not.ToHaveTextAsync("–");
            await auditor.Page.GetByRole(AriaRole.Link, new() { Name = "The case as of version 2" }).ClickAsync();
            await Expect(auditor.Page.GetByRole(AriaRole.Note)).ToContainTextAsync("as it stood at version 2 (it is now at version 5, published)");
            await Expect(auditor.Page.Locator(".review")).ToContainTextAsync("inreview");
            await Expect(auditor.Page.Locator(".review")).ToContainTextAsync(DeskFixture.FactCheckingEditor);
            await Expect(auditor.Page.Locator(".review")).Not.ToContainTextAsync("contradicted");
            await Expect(auditor.Page.GetByRole(AriaRole.Button)).ToHaveCountAsync(1); // Sign out, no case action

            foreach (var browser in new[] { factChecker, editor, auditor })
            {
                browser.ServerErrors.ShouldBeEmpty();
                browser.Requests.ShouldAllBe(url => url.StartsWith(desk.BaseUrl + "/"));
            }
        }, factChecker, editor, auditor);
    }

    [Fact]
    public async Task Of_two_browsers_acting_on_one_case_the_slower_is_told_to_reload_and_changes_nothing()
    {
        var contested = desk.SpareCases[0];
        await using var first = await DeskBrowser.OpenAsync(desk);
        await using var second = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(Of_two_browsers_acting_on_one_case_the_slower_is_told_to_reload_and_changes_nothing), async () =>
        {
            await first.SignInAsync(desk.KeyOf(DeskFixture.FactChecker), $"/cases/{contested}");
            await second.SignInAsync(desk.KeyOf(DeskFixture.SecondFactChecker), $"/cases/{contested}");
            await Expect(first.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" })).ToBeVisibleAsync();
            await Expect(second.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" })).ToBeVisibleAsync();
            var seen = long.Parse(await second.Page.Locator(".review dd").Nth(1).InnerTextAsync());

            await first.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
            await Expect(first.Page.GetByRole(AriaRole.Status).First).ToContainTextAsync($"version {seen + 1}");

            await second.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" }).ClickAsync();
            var alert = second.Page.GetByRole(AriaRole.Alert);
            await Expect(alert).ToContainTextAsync("Someone changed this case; reload.");
            await Expect(alert).ToContainTextAsync($"You decided on version {seen} but the case is at version {seen + 1}");

            await second.Page.GetByRole(AriaRole.Button, new() { Name = "Reload the case" }).ClickAsync();
            await Expect(second.Page.Locator(".review")).ToContainTextAsync(DeskFixture.FactChecker);
            await Expect(second.Page.Locator(".review")).Not.ToContainTextAsync(DeskFixture.SecondFactChecker);
        }, first, second);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_and_opens_no_session()
    {
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(A_wrong_key_is_refused_and_opens_no_session), async () =>
        {
            await browser.SignInAsync("cc_0123456789ab_notTheSecretOfAnyKeyAtAll000000000000000");
            await Expect(browser.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("unknown, revoked or mistyped");
            (await browser.Context.CookiesAsync()).ShouldNotContain(c => c.Name == Api.Desk.DeskSession.CookieName);

            var response = await browser.Page.GotoAsync("/queue");
            browser.Page.Url.ShouldStartWith($"{desk.BaseUrl}/sign-in");
            response!.Status.ShouldBe(200);
        }, browser);
    }

    [Fact]
    public async Task A_fact_checker_gets_no_editor_button_and_the_server_refuses_the_editor_action_sent_anyway()
    {
        var target = desk.SpareCases[1];
        await using var browser = await DeskBrowser.OpenAsync(desk);
        await DeskBrowser.StoryAsync(output, nameof(A_fact_checker_gets_no_editor_button_and_the_server_refuses_the_editor_action_sent_anyway), async () =>
        {
            await browser.SignInAsync(desk.KeyOf(DeskFixture.SecondFactChecker), $"/cases/{target}");
            await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Take this case" })).ToBeVisibleAsync();
            var seen = await browser.Page.Locator(".review dd").Nth(1).InnerTextAsync();
            await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Publish" })).ToHaveCountAsync(0);
            await Expect(browser.Page.GetByRole(AriaRole.Button, new() { Name = "Approve the verdict" })).ToHaveCountAsync(0);

            // The request an editor's button would send, made from the fact-checker's page with its session and token.
            var answer = await browser.Page.EvaluateAsync<JsonElement>("""
                async ([id, version]) => {
                  const r = await fetch(`/api/cases/${id}/publish`, { method: 'POST', headers: {
                    'Content-Type': 'application/json', 'If-Match': `"${version}"`,
                    'X-CSRF-TOKEN': document.querySelector('meta[name="csrf-token"]').content }, body: '{}' });
                  return { status: r.status, body: await r.json() };
                }
                """, new[] { target.ToString(), seen });
            answer.GetProperty("status").GetInt32().ShouldBe(403);
            answer.GetProperty("body").GetProperty("title").GetString().ShouldBe("Not allowed");
            answer.GetProperty("body").GetProperty("rolesAllowed").EnumerateArray().Select(r => r.GetString()).ShouldBe(["editor"]);

            await browser.Page.ReloadAsync();
            await Expect(browser.Page.Locator(".review")).ToContainTextAsync("open");
            await Expect(browser.Page.Locator(".review dd").Nth(1)).ToHaveTextAsync(seen);
        }, browser);
    }
}
