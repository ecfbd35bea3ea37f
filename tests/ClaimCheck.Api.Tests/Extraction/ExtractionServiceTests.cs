using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace ClaimCheck.Api.Tests.Extraction;

[Collection(ApiCollection.Name)]
public sealed class ExtractionServiceTests(ApiFixture api)
{
    private static string Sample(string prefix) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "articles"), prefix + "_*.txt").Single());

    /// <summary>Posts a sample article (with a marker so each test gets its own copy) and waits for its extraction.</summary>
    private async Task<(Guid Id, JsonElement Quotes)> IngestAndExtract(string prefix, string? publishedAt = null)
    {
        var draft = ArticleTextFormat.Parse(Sample(prefix), "sample");
        var response = await api.Client.PostAsJsonAsync("/api/articles", new
        {
            title = draft.Title,
            body = draft.Body + $"\n\nRéf. {Guid.NewGuid():N}",
            source = $"sample-{prefix}",
            publishedAt,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
        var quotes = await Eventually.Get(
            async () => new Box(await api.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/quotes")),
            box => box.Value.GetProperty("extractorVersion").ValueKind == JsonValueKind.String);
        return (id, quotes.Value);
    }

    private sealed record Box(JsonElement Value);

    [Fact]
    public async Task An_ingested_article_gets_its_quotes_extracted_in_the_background_with_speakers_and_claims()
    {
        var (_, quotes) = await IngestAndExtract("001");

        var items = quotes.GetProperty("quotes").EnumerateArray().ToList();
        items.Count.ShouldBeGreaterThan(3);
        var headline = items.Single(q => q.GetProperty("kind").GetString() == "Headline");
        headline.GetProperty("claim").GetProperty("predicate").GetString().ShouldBe("meet");
        headline.GetProperty("speakerId").ValueKind.ShouldBe(JsonValueKind.Null);
        items.ShouldContain(q => q.GetProperty("speakerId").GetString() == "joe-biden" && q.GetProperty("text").GetString()!.Contains("n'a pas l'intention"));
        items.ShouldContain(q => q.GetProperty("speakerId").GetString() == "john-kirby");
    }

    [Fact]
    public async Task A_redelivered_extraction_request_adds_nothing()
    {
        var (id, _) = await IngestAndExtract("002");
        await using (var scope = api.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync(new ExtractArticleQuotes(id));

        await using var session = api.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        events.Count(e => e.Data is QuotesExtracted).ShouldBe(1);
        events.Single(e => e.Data is QuotesExtracted).UserName.ShouldBe("system");
    }

    [Fact]
    public async Task A_speakers_quotes_come_from_every_article_that_quotes_them()
    {
        var (first, _) = await IngestAndExtract("001");
        var (second, _) = await IngestAndExtract("002");

        var page = await api.Client.GetFromJsonAsync<JsonElement>("/api/speakers/john-kirby/quotes?pageSize=500");
        var articles = page.GetProperty("items").EnumerateArray().Select(q => q.GetProperty("articleId").GetGuid()).ToHashSet();
        articles.ShouldContain(first);
        articles.ShouldContain(second);
    }

    [Fact]
    public async Task A_fact_checker_reattributes_a_quote_with_a_reason_and_the_change_is_recorded_with_its_actor()
    {
        var (id, quotes) = await IngestAndExtract("000");
        var quote = quotes.GetProperty("quotes").EnumerateArray().First(q => q.GetProperty("kind").GetString() != "Headline");
        var quoteId = quote.GetProperty("quoteId").GetGuid();

        var response = await api.Client.PostAsJsonAsync($"/api/articles/{id}/quotes/{quoteId}/speaker",
            new { speakerId = "volodymyr-zelensky", reason = "The video shows Zelensky saying it." });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await api.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}/quotes");
        after.GetProperty("quotes").EnumerateArray().Single(q => q.GetProperty("quoteId").GetGuid() == quoteId)
            .GetProperty("speakerId").GetString().ShouldBe("volodymyr-zelensky");
        await using var session = api.Store.QuerySession();
        var reattributed = (await session.Events.FetchStreamAsync(id)).Single(e => e.Data is QuoteReattributed);
        reattributed.UserName.ShouldBe(TestUsers.FactChecker);
        ((QuoteReattributed)reattributed.Data).Reason.ShouldBe("The video shows Zelensky saying it.");
    }

    [Theory]
    [InlineData("nobody-known", "a reason", HttpStatusCode.BadRequest)]
    [InlineData("john-kirby", "", HttpStatusCode.BadRequest)]
    public async Task A_reattribution_to_an_unknown_person_or_without_reason_is_refused(string speakerId, string reason, HttpStatusCode expected)
    {
        var (id, quotes) = await IngestAndExtract("004");
        var quoteId = quotes.GetProperty("quotes")[0].GetProperty("quoteId").GetGuid();

        var response = await api.Client.PostAsJsonAsync($"/api/articles/{id}/quotes/{quoteId}/speaker", new { speakerId, reason });

        response.StatusCode.ShouldBe(expected);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Reattributing_an_unknown_quote_is_404()
    {
        var (id, _) = await IngestAndExtract("003");
        var response = await api.Client.PostAsJsonAsync($"/api/articles/{id}/quotes/{Guid.NewGuid()}/speaker",
            new { speakerId = "john-kirby", reason = "r" });
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_new_alias_is_recorded_and_listed_and_an_alias_of_someone_else_is_refused()
    {
        var alias = $"Le locataire de la Maison Blanche {Guid.NewGuid():N}"[..48];
        var added = await api.Client.PostAsJsonAsync("/api/speakers/joe-biden/aliases", new { alias, reason = "Used by our outlets." });
        added.StatusCode.ShouldBe(HttpStatusCode.OK);

        var people = await api.Client.GetFromJsonAsync<JsonElement>("/api/speakers");
        people.EnumerateArray().Single(p => p.GetProperty("id").GetString() == "joe-biden")
            .GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldContain(alias);

        var taken = await api.Client.PostAsJsonAsync("/api/speakers/john-kirby/aliases", new { alias, reason = "typo" });
        taken.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var unknown = await api.Client.PostAsJsonAsync("/api/speakers/nobody-known/aliases", new { alias = "X", reason = "r" });
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
