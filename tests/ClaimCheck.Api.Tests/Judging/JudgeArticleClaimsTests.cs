using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Judging;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace ClaimCheck.Api.Tests.Judging;

[Collection(ApiCollection.Name)]
public sealed class JudgeArticleClaimsTests(ApiFixture api)
{
    private static ExtractedQuote Quote(QuoteKind kind, string text, string? speakerId, ClaimFrame frame) =>
        new(kind, text, speakerId, speakerId, kind == QuoteKind.Headline ? null : "a déclaré", 0, text.Length, 0.9, text, 0, text.Length, frame);

    private static ClaimFrame Frame(string subject, string predicate, string? obj, Polarity polarity, Modality modality, string? place) =>
        new(subject, predicate, obj, polarity, modality, place, [], []);

    /// <summary>Stores an article and its extraction the way the extraction handler does, without the extractor.</summary>
    private async Task<Guid> StoreExtractedArticle(string title, DateTimeOffset publishedAt, params ExtractedQuote[] quotes)
    {
        var submission = new ArticleSubmission($"{title} {Guid.NewGuid():N}", true, "Corps.", "judge-test", null, publishedAt, "fr", false);
        await using var session = api.Store.LightweightSession();
        var ingested = submission.ToEvent(DateTimeOffset.UtcNow);
        var state = ArticleQuotes.Create(ingested);
        session.Events.StartStream<Article>(submission.ArticleId, ingested, state.DecideExtraction("test-extractor/1", quotes, DateTimeOffset.UtcNow)!);
        await session.SaveChangesAsync();
        return submission.ArticleId;
    }

    private async Task Judge(Guid articleId)
    {
        await using var scope = api.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new JudgeArticleClaims(articleId));
    }

    /// <summary>Flags between two of this test's articles (other tests' articles may share people with them).</summary>
    private async Task<IReadOnlyList<FlagSummary>> FlagsBetween(Guid first, Guid second)
    {
        await using var session = api.Store.QuerySession();
        return await session.Query<FlagSummary>()
            .Where(f => (f.FirstArticleId == first && f.SecondArticleId == second) || (f.FirstArticleId == second && f.SecondArticleId == first))
            .ToListAsync();
    }

    [Fact]
    public async Task A_wish_to_meet_at_the_G20_and_a_later_refusal_to_attend_it_open_a_case_with_reasons()
    {
        var october = await StoreExtractedArticle("Poutine veut rencontrer Biden au G20", new DateTimeOffset(2022, 10, 12, 0, 0, 0, TimeSpan.Zero),
            Quote(QuoteKind.Headline, "Poutine veut rencontrer Biden au G20", null,
                Frame("vladimir-putin", "meet", "joe-biden", Polarity.Affirmed, Modality.Wants, "G20")));
        var november = await StoreExtractedArticle("Poutine rayé du G20", new DateTimeOffset(2022, 11, 10, 0, 0, 0, TimeSpan.Zero),
            Quote(QuoteKind.Indirect, "Poutine ne participera pas au sommet du G20 à Bali", "kremlin",
                Frame("vladimir-putin", "attend", null, Polarity.Negated, Modality.Asserted, "G20")));

        await Judge(october);
        await Judge(november);

        var flag = (await FlagsBetween(october, november)).ShouldHaveSingleItem();
        new[] { flag.FirstArticleId, flag.SecondArticleId }.ShouldBe(new[] { october, november }, ignoreOrder: true, customMessage: $"october {october}, november {november}, flag {flag}");
        flag.Reasons.ShouldNotBeEmpty();
        flag.SpeakerIds.ShouldContain("vladimir-putin");
        flag.ModelVersion.ShouldStartWith("sha256:");

        var response = await api.Client.GetAsync($"/api/flags/{flag.Id}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var detail = await response.Content.ReadFromJsonAsync<JsonElement>();
        detail.GetProperty("firstClaim").GetProperty("text").GetString().ShouldBe("Poutine veut rencontrer Biden au G20");
        detail.GetProperty("secondClaim").GetProperty("sentence").GetString().ShouldContain("ne participera pas");
    }

    [Fact]
    public async Task Judging_the_same_article_twice_opens_no_second_case()
    {
        var first = await StoreExtractedArticle("Biden rencontrera Xi", new DateTimeOffset(2022, 11, 1, 0, 0, 0, TimeSpan.Zero),
            Quote(QuoteKind.Direct, "Biden rencontrera Xi à Bali", "white-house", Frame("joe-biden", "meet", "xi-jinping", Polarity.Affirmed, Modality.Intends, "Bali")));
        var second = await StoreExtractedArticle("Biden ne rencontrera pas Xi", new DateTimeOffset(2022, 11, 2, 0, 0, 0, TimeSpan.Zero),
            Quote(QuoteKind.Direct, "Biden ne rencontrera pas Xi à Bali", "white-house", Frame("joe-biden", "meet", "xi-jinping", Polarity.Negated, Modality.Intends, "Bali")));
        await Judge(first);

        await Judge(second);
        var afterFirstRun = await FlagsBetween(first, second);
        await Judge(second);

        afterFirstRun.ShouldNotBeEmpty();
        (await FlagsBetween(first, second)).Select(f => f.Id).ShouldBe(afterFirstRun.Select(f => f.Id), ignoreOrder: true);
        afterFirstRun.ShouldAllBe(f => f.Label == "contradiction");

        var replay = await api.Host.Services.GetRequiredService<JudgementReplay>().RunAsync(afterFirstRun[0].Id, CancellationToken.None);
        replay!.Identical.ShouldBeTrue();
        replay.RecomputedScore.ShouldBe(afterFirstRun[0].Score);
    }

    [Fact]
    public async Task Rejudging_an_unknown_case_reports_nothing_recorded()
    {
        (await api.Host.Services.GetRequiredService<JudgementReplay>().RunAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
    }

    [Fact]
    public async Task Consistent_figures_in_two_articles_are_not_flagged()
    {
        var trade = new Quantity(140e9, "USD", "trade", "140 milliards de dollars");
        var a = await StoreExtractedArticle("Commerce sino-russe", new DateTimeOffset(2022, 2, 4, 0, 0, 0, TimeSpan.Zero),
            Quote(QuoteKind.Indirect, "le commerce entre la Russie et la Chine a atteint 140 milliards de dollars", null,
                new ClaimFrame("russia-china", "trade", null, Polarity.Affirmed, Modality.Asserted, null, ["2021"], [trade])));
        var b = await StoreExtractedArticle("Poutine et Xi en Ouzbékistan", new DateTimeOffset(2022, 9, 15, 0, 0, 0, TimeSpan.Zero),
            Quote(QuoteKind.Indirect, "les échanges ont atteint 140 milliards de dollars l'an dernier", null,
                new ClaimFrame("russia-china", "trade", null, Polarity.Affirmed, Modality.Asserted, null, ["l'an dernier"], [trade])));

        await Judge(a);
        await Judge(b);

        (await FlagsBetween(a, b)).ShouldBeEmpty();
    }
}
