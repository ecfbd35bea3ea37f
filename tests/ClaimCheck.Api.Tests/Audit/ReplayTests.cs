using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClaimCheck.Api.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class ReplayTests(ApiFixture api)
{
    private async Task<Guid> PostArticle()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles",
            new { title = $"Replay {Guid.NewGuid():N}", body = "Le corps de l'article.", source = "replay" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
    }

    [Fact]
    public async Task Replaying_untouched_read_models_finds_no_difference_and_an_altered_one_is_reported()
    {
        var altered = await PostArticle();
        var replay = api.Host.Services.GetRequiredService<ReadModelReplay>();

        var clean = await replay.RunAsync(CancellationToken.None);
        clean.Differences.Where(d => d.StreamId == altered).ShouldBeEmpty(string.Join("\n", clean.Differences.Select(d => $"{d.ReadModel}: {d.Stored} <> {d.Replayed}")));
        clean.StreamsChecked.ShouldBeGreaterThan(0);

        await Tamper(altered, "forged");

        var report = await replay.RunAsync(CancellationToken.None);
        var difference = report.Differences.ShouldHaveSingleItem();
        difference.StreamId.ShouldBe(altered);
        difference.ReadModel.ShouldBe("Article");
        difference.Stored.ShouldContain("forged");
        difference.Replayed.ShouldNotContain("forged");

        await Tamper(altered, "replay");
        (await replay.RunAsync(CancellationToken.None)).Matches.ShouldBeTrue();
    }

    private async Task Tamper(Guid articleId, string source)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var tamper = new NpgsqlCommand(
            "update claimcheck.mt_doc_article set data = jsonb_set(data, '{Source}', to_jsonb(@source::text)) where id = @id", connection);
        tamper.Parameters.AddWithValue("id", articleId);
        tamper.Parameters.AddWithValue("source", source);
        (await tamper.ExecuteNonQueryAsync()).ShouldBe(1);
    }
}
