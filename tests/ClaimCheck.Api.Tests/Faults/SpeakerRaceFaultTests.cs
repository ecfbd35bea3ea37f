using System.Net;
using System.Net.Http.Json;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>
/// The speaker registry's corrections, raced: the same new person or the same alias sent three times at once is
/// recorded once, the others are refused with a problem (never a 500), and the audit chain stays intact.
/// </summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Faults")]
public sealed class SpeakerRaceFaultTests(ApiFixture api)
{
    private async Task ChainIsIntact()
    {
        var report = await api.Host.Services.GetRequiredService<EventChainAudit>().VerifyAsync(CancellationToken.None);
        report.IsIntact.ShouldBeTrue(string.Join("; ", report.Broken.Select(b => $"{b.StreamId} v{b.FirstBrokenVersion} {b.Break}")));
    }

    private static void OneWins(HttpResponseMessage[] raced)
    {
        raced.ShouldAllBe(r => (int)r.StatusCode < 500, string.Join(", ", raced.Select(r => r.StatusCode)));
        raced.Count(r => r.IsSuccessStatusCode).ShouldBe(1, string.Join(", ", raced.Select(r => r.StatusCode)));
        raced.Where(r => !r.IsSuccessStatusCode).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_same_new_person_registered_three_times_at_once_is_registered_once()
    {
        var id = $"race-person-{Guid.NewGuid():N}"[..30];
        var request = new { personId = id, name = "Personne De Course", gender = "f", reason = "Race test." };
        var raced = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.As(TestUsers.FactChecker).PostAsJsonAsync("/api/speakers", request)));
        OneWins(raced);
        await ChainIsIntact();
    }

    [Fact]
    public async Task The_same_alias_added_three_times_at_once_is_recorded_once()
    {
        var alias = $"Alias De Course {Guid.NewGuid():N}"[..28];
        var request = new { alias, reason = "Race test." };
        var raced = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => api.As(TestUsers.Editor).PostAsJsonAsync("/api/speakers/joe-biden/aliases", request)));
        // Adding an alias the person already has is a no-op, so every request succeeds and one event is written.
        raced.ShouldAllBe(r => r.IsSuccessStatusCode, string.Join(", ", raced.Select(r => r.StatusCode)));
        await using var connection = new Npgsql.NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand("select count(*) from claimcheck.mt_events where type = 'speaker_alias_added' and coalesce(data->>'alias', data->>'Alias') = @alias", connection);
        count.Parameters.AddWithValue("alias", alias);
        ((long)(await count.ExecuteScalarAsync())!).ShouldBe(1L);
        await ChainIsIntact();
    }
}
