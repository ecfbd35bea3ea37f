using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Audit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClaimCheck.Api.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class EventChainTests(ApiFixture api)
{
    private EventChainAudit Audit => api.Host.Services.GetRequiredService<EventChainAudit>();

    private async Task<Guid> PostArticle()
    {
        var response = await api.Client.PostAsJsonAsync("/api/articles",
            new { title = $"Chaîne {Guid.NewGuid():N}", body = "Poutine ne participera pas au sommet du G20 à Bali.", source = "chain" });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("articleId").GetGuid();
    }

    private async Task<int> Execute(string sql, Guid streamId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", streamId);
        return await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Every_stored_event_verifies_against_its_chain_and_an_edited_event_is_caught()
    {
        var articleId = await PostArticle();

        var intact = await Audit.VerifyAsync(CancellationToken.None);
        intact.Broken.Where(b => b.StreamId == articleId.ToString()).ShouldBeEmpty();
        intact.EventsChecked.ShouldBeGreaterThan(0);

        (await Execute("update claimcheck.mt_events set data = jsonb_set(data, '{Body}', '\"Poutine participera au sommet.\"') where stream_id = @id and version = 1", articleId)).ShouldBe(1);
        try
        {
            var report = await Audit.VerifyAsync(CancellationToken.None);

            var broken = report.Broken.ShouldHaveSingleItem();
            broken.StreamId.ShouldBe(articleId.ToString());
            broken.FirstBrokenVersion.ShouldBe(1);
            broken.Break.ShouldBe(ChainBreak.HashMismatch);
        }
        finally
        {
            await Execute("update claimcheck.mt_events set data = jsonb_set(data, '{Body}', '\"Poutine ne participera pas au sommet du G20 à Bali.\"') where stream_id = @id and version = 1", articleId);
        }
        (await Audit.VerifyAsync(CancellationToken.None)).IsIntact.ShouldBeTrue();
    }

    [Fact]
    public async Task Changing_who_acted_is_caught_too()
    {
        var articleId = await PostArticle();

        await Execute("update claimcheck.mt_events set user_name = 'someone-else' where stream_id = @id and version = 1", articleId);
        try
        {
            var report = await Audit.VerifyAsync(CancellationToken.None);
            report.Broken.ShouldHaveSingleItem().StreamId.ShouldBe(articleId.ToString());
        }
        finally
        {
            await Execute($"update claimcheck.mt_events set user_name = '{TestUsers.FactChecker}' where stream_id = @id and version = 1", articleId);
        }
    }
}
