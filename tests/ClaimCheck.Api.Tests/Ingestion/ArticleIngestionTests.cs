using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Ingestion;
using Marten;

namespace ClaimCheck.Api.Tests.Ingestion;

[Collection(ApiCollection.Name)]
public sealed class ArticleIngestionTests(ApiFixture api)
{
    private static object NewArticle(string? marker = null, string? language = null) => new
    {
        title = $"Poutine veut rencontrer Biden au G20 {marker ?? Guid.NewGuid().ToString("N")}",
        body = "Le Kremlin a envoyé des signaux importants aux États-Unis. Joe Biden \"n'a pas l'intention\" de parler avec Vladimir Poutine.",
        source = "test-outlet",
        url = "https://example.org/g20",
        publishedAt = "2022-10-12",
        language,
    };

    private async Task<int> StoredArticleCount()
    {
        await using var session = api.Store.QuerySession();
        return await session.Query<Article>().CountAsync();
    }

    private Task<HttpResponseMessage> PostRaw(byte[] body, string contentType = "application/json")
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        return api.Client.PostAsync("/api/articles", content);
    }

    private static async Task<JsonElement> ProblemOf(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_new_article_is_stored_and_can_be_read_back_with_its_detected_language()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles", NewArticle());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var accepted = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = accepted.GetProperty("articleId").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/articles/{id}");

        var article = await api.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        article.GetProperty("language").GetString().ShouldBe("fr");
        article.GetProperty("languageDetected").GetBoolean().ShouldBeTrue();
        article.GetProperty("source").GetString().ShouldBe("test-outlet");
        article.GetProperty("publishedAt").GetDateTimeOffset().ShouldBe(new DateTimeOffset(2022, 10, 12, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Posting_the_same_article_again_returns_the_stored_id_without_a_second_stream()
    {
        var article = NewArticle();
        var first = await api.Client.PostAsJsonAsync("/api/articles", article);
        var second = await api.Client.PostAsJsonAsync("/api/articles", article);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
        var secondBody = await second.Content.ReadFromJsonAsync<JsonElement>();
        secondBody.GetProperty("articleId").GetGuid().ShouldBe(firstId);
        secondBody.GetProperty("duplicate").GetBoolean().ShouldBeTrue();

        await using var session = api.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(firstId);
        events.Count(e => e.Data is ArticleIngested).ShouldBe(1);
    }

    [Fact]
    public async Task The_same_content_with_other_whitespace_and_case_is_a_duplicate()
    {
        var marker = Guid.NewGuid().ToString("N");
        var first = await api.Client.PostAsJsonAsync("/api/articles", new { title = $"Titre {marker}", body = "Un  corps\nde texte.", source = "a" });
        var second = await api.Client.PostAsJsonAsync("/api/articles", new { title = $"  TITRE {marker} ", body = "un corps de   texte.", source = "b" });

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Concurrent_posts_of_the_same_article_create_exactly_one_stream()
    {
        var article = NewArticle();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.Client.PostAsJsonAsync("/api/articles", article)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(7);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid()));
        ids.Distinct().Count().ShouldBe(1);
    }

    [Fact]
    public async Task Every_event_records_the_acting_user_correlation_and_causation()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles", NewArticle());
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();

        await using var session = api.Store.QuerySession();
        var ingested = (await session.Events.FetchStreamAsync(id)).First();
        ingested.Data.ShouldBeOfType<ArticleIngested>();
        ingested.UserName.ShouldBe(TestUsers.FactChecker);
        ingested.CorrelationId.ShouldNotBeNullOrEmpty();
        ingested.CausationId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Invalid_json_is_a_problem_and_stores_nothing()
    {
        var before = await StoredArticleCount();
        var response = await PostRaw("{\"title\": \"x\", \"body\": "u8.ToArray());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemOf(response)).GetProperty("title").GetString().ShouldBe("Invalid JSON");
        (await StoredArticleCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_reported_as_invalid_json_with_its_path()
    {
        var response = await PostRaw("{\"title\": 42, \"body\": \"x\", \"source\": \"s\"}"u8.ToArray());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemOf(response)).GetProperty("detail").GetString()!.ShouldContain("$.title");
    }

    [Theory]
    [InlineData("{\"body\": \"Un texte.\", \"source\": \"s\"}", "title")]
    [InlineData("{\"title\": \"   \", \"body\": \"Un texte.\", \"source\": \"s\"}", "title")]
    [InlineData("{\"title\": \"Titre\", \"source\": \"s\"}", "body")]
    [InlineData("{\"title\": \"Titre\", \"body\": \"\", \"source\": \"s\"}", "body")]
    [InlineData("{\"title\": \"Titre\", \"body\": \"Un texte.\"}", "source")]
    [InlineData("{\"title\": \"Titre\", \"body\": \"Un texte.\", \"source\": \"s\", \"language\": \"klingon\"}", "language")]
    [InlineData("{\"title\": \"Titre\", \"body\": \"Un texte.\", \"source\": \"s\", \"url\": \"ftp://x\"}", "url")]
    [InlineData("{\"title\": \"Titre\", \"body\": \"Un texte.\", \"source\": \"s\", \"publishedAt\": \"yesterday\"}", "publishedAt")]
    public async Task Missing_or_invalid_fields_are_named_in_the_problem(string json, string field)
    {
        var before = await StoredArticleCount();
        var response = await PostRaw(Encoding.UTF8.GetBytes(json));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await ProblemOf(response);
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
        (await StoredArticleCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_and_stores_nothing()
    {
        var before = await StoredArticleCount();
        var response = await api.Client.PostAsJsonAsync("/api/articles",
            new { title = "Trop long", body = new string('a', 50_001), source = "s" });

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await ProblemOf(response)).GetProperty("detail").GetString()!.ShouldContain("50000");
        (await StoredArticleCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Text_that_is_not_valid_utf8_is_refused()
    {
        var before = await StoredArticleCount();
        var bytes = Encoding.UTF8.GetBytes("{\"title\": \"Titre\", \"body\": \"caf\u00e9 XX\", \"source\": \"s\"}");
        var index = Array.IndexOf(bytes, (byte)'X');
        bytes[index] = 0xC3;
        bytes[index + 1] = 0x28;

        var response = await PostRaw(bytes);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemOf(response)).GetProperty("title").GetString().ShouldBe("Invalid text encoding");
        (await StoredArticleCount()).ShouldBe(before);
    }

    [Fact]
    public async Task A_body_of_mostly_control_characters_is_refused()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles",
            new { title = "Binaire", body = "ab\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008", source = "s" });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ProblemOf(response)).GetProperty("errors").GetProperty("body")[0].GetString()!.ShouldContain("control characters");
    }

    [Fact]
    public async Task A_request_that_is_not_json_is_415()
    {
        var response = await PostRaw("title=x"u8.ToArray(), "application/x-www-form-urlencoded");

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        await ProblemOf(response);
    }

    [Fact]
    public async Task An_unknown_article_id_is_404_with_a_problem_body()
    {
        var response = await api.Client.GetAsync($"/api/articles/{Guid.NewGuid()}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemOf(response)).GetProperty("title").GetString().ShouldBe("Unknown article");
    }

    [Fact]
    public async Task An_explicit_language_is_kept_and_not_marked_as_detected()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles", NewArticle(language: "EN"));
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();

        var article = await api.Client.GetFromJsonAsync<JsonElement>($"/api/articles/{id}");
        article.GetProperty("language").GetString().ShouldBe("en");
        article.GetProperty("languageDetected").GetBoolean().ShouldBeFalse();
    }
}
