using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ClaimCheck.Access;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Ingestion;
using Marten;
using Npgsql;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>Key material stays in the key store; logs name what failed, not what it contained.</summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Faults")]
public sealed class SecretsFaultTests(ApiFixture api)
{
    private async Task<(string Salt, string Hash)> StoredKeyMaterial(Guid userId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select data ->> 'Salt', data ->> 'Hash' from claimcheck.mt_events where stream_id = @id and type = 'api_key_issued'", connection);
        command.Parameters.AddWithValue("id", userId);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).ShouldBeTrue();
        return (reader.GetString(0), reader.GetString(1));
    }

    [Fact]
    public async Task The_audit_export_carries_no_api_key_salt_or_hash_and_says_it_redacted_them()
    {
        var created = await api.As(TestUsers.Admin).PostAsJsonAsync("/api/users", new { userName = $"keyed-{Guid.NewGuid():N}"[..16], roles = new[] { "auditor" } });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var userId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetGuid();
        var (salt, hash) = await StoredKeyMaterial(userId);
        var testUsersHashes = new List<string>();
        foreach (var (userName, _) in TestUsers.All) testUsersHashes.Add((await StoredKeyMaterial(api.KeyOf(userName).UserId)).Hash);

        foreach (var reader in new[] { TestUsers.Auditor, TestUsers.Admin })
        {
            var response = await api.As(reader).GetAsync("/api/audit/export");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var text = await response.Content.ReadAsStringAsync();

            text.ShouldNotContain(salt);
            text.ShouldNotContain(hash);
            foreach (var stored in testUsersHashes) text.ShouldNotContain(stored);
            var issued = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
                .Where(l => l.GetProperty("type").GetString() == "api_key_issued").ToList();
            issued.Count.ShouldBeGreaterThanOrEqualTo(TestUsers.All.Length + 1);
            foreach (var line in issued)
            {
                line.GetProperty("redacted").EnumerateArray().Select(e => e.GetString()).ShouldBe(["salt", "hash"]);
                line.GetProperty("data").TryGetProperty("salt", out _).ShouldBeFalse();
                line.GetProperty("data").TryGetProperty("hash", out _).ShouldBeFalse();
                line.GetProperty("data").GetProperty("keyId").GetString().ShouldNotBeNullOrEmpty();
            }
            text.ShouldNotContain("\"type\":\"tombstone\"");
        }
    }

    [Fact]
    public async Task A_user_stream_read_through_the_case_history_endpoint_shows_no_key_material()
    {
        var userId = api.KeyOf(TestUsers.FactChecker).UserId;
        var (salt, hash) = await StoredKeyMaterial(userId);

        var response = await api.As(TestUsers.Auditor).GetAsync($"/api/cases/{userId}/history");

        var text = await response.Content.ReadAsStringAsync();
        text.ShouldNotContain(salt);
        text.ShouldNotContain(hash);
    }

    [Fact]
    public async Task A_failed_write_is_logged_with_ids_and_without_the_article_text()
    {
        var marker = $"secret-body-{Guid.NewGuid():N}";
        var submission = new ArticleSubmission($"Titre {marker}", true, $"{marker} puis \u0000 au milieu.", "faults", null, null, "fr", false);
        await using (var session = api.Store.LightweightSession())
        {
            session.Events.StartStream<Article>(submission.ArticleId, submission.ToEvent(DateTimeOffset.UtcNow));
            await Should.ThrowAsync<Exception>(() => session.SaveChangesAsync());
        }

        var lines = api.Logs.Lines;
        lines.Where(l => l.Contains(marker, StringComparison.Ordinal)).ShouldBeEmpty();
        var failure = lines.Where(l => l.Contains(submission.ArticleId.ToString(), StringComparison.Ordinal)).ToList();
        failure.ShouldNotBeEmpty("the failure must be logged with the stream id");
        failure.ShouldContain(l => l.Contains("SQLSTATE", StringComparison.Ordinal));
    }
}
