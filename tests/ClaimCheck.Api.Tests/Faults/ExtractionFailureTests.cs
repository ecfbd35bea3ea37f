using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace ClaimCheck.Api.Tests.Faults;

[Collection(FaultyExtractionCollection.Name)]
[Trait("Category", "Faults")]
public sealed class ExtractionFailureTests(FaultyExtractionFixture service)
{
    private static readonly string Sample = File.ReadAllText(
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "samples", "articles"), "001_*.txt").Single());

    private async Task<Guid> Ingest()
    {
        var draft = ArticleTextFormat.Parse(Sample, "sample");
        var response = await service.As(TestUsers.FactChecker).PostAsJsonAsync("/api/articles", new
        {
            title = draft.Title,
            body = draft.Body + $"\n\nRéf. {Guid.NewGuid():N}",
            source = "faults",
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
    }

    private async Task<JsonElement> ExtractionOf(Guid id, string state) =>
        (await Eventually.Get(
            async () => new Box(await service.As(TestUsers.FactChecker).GetFromJsonAsync<JsonElement>($"/api/articles/{id}")),
            box => box.Value.GetProperty("extraction").GetProperty("state").GetString() == state)).Value.GetProperty("extraction");

    private sealed record Box(JsonElement Value);

    [Fact]
    public async Task An_extractor_that_keeps_throwing_is_retried_then_the_article_records_ExtractionFailed_and_can_be_extracted_again()
    {
        service.Reader.Mode = ExtractorMode.Throws;
        var callsBefore = service.Reader.Calls;
        var id = await Ingest();

        var extraction = await ExtractionOf(id, "failed");
        extraction.GetProperty("version").GetString().ShouldBe(QuoteExtractor.CurrentVersion);
        var error = extraction.GetProperty("error");
        error.GetProperty("type").GetString().ShouldBe(nameof(ArgumentOutOfRangeException));
        error.GetProperty("attempts").GetInt32().ShouldBe(3);
        (service.Reader.Calls - callsBefore).ShouldBe(3);

        await using (var session = service.Store.QuerySession())
        {
            var events = await session.Events.FetchStreamAsync(id);
            var failed = events.Single(e => e.Data is ExtractionFailed);
            failed.UserName.ShouldBe("system");
            ((ExtractionFailed)failed.Data).Message.ShouldNotContain("Poutine");
            events.ShouldNotContain(e => e.Data is QuotesExtracted);
        }
        var quotes = await service.As(TestUsers.FactChecker).GetFromJsonAsync<JsonElement>($"/api/articles/{id}/quotes");
        quotes.GetProperty("extraction").GetProperty("state").GetString().ShouldBe("failed");
        quotes.GetProperty("count").GetInt32().ShouldBe(0);
        (await service.As(TestUsers.FactChecker).GetAsync($"/api/articles/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await service.As(TestUsers.FactChecker).PostAsync($"/api/articles/{id}/reextract", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        service.Reader.Mode = ExtractorMode.Normal;
        var again = await service.As(TestUsers.Editor).PostAsync($"/api/articles/{id}/reextract", null);
        again.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var done = await ExtractionOf(id, "extracted");
        done.GetProperty("version").GetString().ShouldBe(QuoteExtractor.CurrentVersion);
        done.GetProperty("error").ValueKind.ShouldBe(JsonValueKind.Null);
        await using (var session = service.Store.QuerySession())
            (await session.Events.FetchStreamAsync(id)).Count(e => e.Data is QuotesExtracted).ShouldBe(1);

        var conflict = await service.As(TestUsers.Editor).PostAsync($"/api/articles/{id}/reextract", null);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        conflict.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_extractor_that_never_returns_is_abandoned_at_its_time_budget_and_recorded_once()
    {
        service.Reader.Mode = ExtractorMode.Hangs;
        var started = DateTime.UtcNow;
        var id = await Ingest();

        var extraction = await ExtractionOf(id, "failed");
        service.Reader.Mode = ExtractorMode.Normal;
        (DateTime.UtcNow - started).ShouldBeLessThan(TimeSpan.FromSeconds(20));
        extraction.GetProperty("error").GetProperty("type").GetString().ShouldBe("TimeBudgetExceeded");
        extraction.GetProperty("error").GetProperty("attempts").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Dead_letters_are_listed_for_admins_without_message_bodies_and_a_replay_requeues_them()
    {
        var articleId = Guid.NewGuid();
        PoisonArticleMessageHandler.Fails = true;
        await using (var scope = service.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(new PoisonArticleMessage(articleId));

        var admin = service.As(TestUsers.Admin);
        var listed = (await Eventually.Get(
            async () => new Box(await admin.GetFromJsonAsync<JsonElement>("/api/admin/dead-letters?pageSize=100")),
            box => box.Value.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("articleId").ValueKind == JsonValueKind.String
                && i.GetProperty("articleId").GetGuid() == articleId))).Value;
        var letter = listed.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("articleId").GetString() == articleId.ToString());
        letter.GetProperty("messageType").GetString()!.ShouldContain("PoisonArticleMessage", Case.Insensitive);
        letter.GetProperty("exceptionType").GetString()!.ShouldContain(nameof(InvalidOperationException));
        letter.GetProperty("failedAt").ValueKind.ShouldBe(JsonValueKind.String);
        listed.GetProperty("totalCount").GetInt64().ShouldBeGreaterThanOrEqualTo(1);
        (await service.As(TestUsers.Editor).GetAsync("/api/admin/dead-letters")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var ready = await service.Host.Server.CreateClient().GetStringAsync("/health/ready");
        ready.ShouldBe("Degraded");

        PoisonArticleMessageHandler.Fails = false;
        var handledBefore = PoisonArticleMessageHandler.Handled;
        var id = letter.GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/admin/dead-letters/{id}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually.Get(
            async () => new Box(await admin.GetFromJsonAsync<JsonElement>("/api/admin/dead-letters?pageSize=100")),
            box => PoisonArticleMessageHandler.Handled > handledBefore
                && box.Value.GetProperty("items").EnumerateArray().All(i => i.GetProperty("id").GetGuid() != id),
            TimeSpan.FromSeconds(60));
        (await admin.PostAsync($"/api/admin/dead-letters/{Guid.NewGuid()}/replay", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
