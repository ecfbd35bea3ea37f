using System.Net;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Audit;
using ClaimCheck.Ingestion;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static ClaimCheck.Api.Tests.Review.ReviewScenario;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>The chain covers exactly the committed events: failed writes never look like tampering, real edits still do.</summary>
[Collection(ApiCollection.Name)]
[Trait("Category", "Faults")]
public sealed class AuditChainFaultTests(ApiFixture api)
{
    private EventChainAudit Audit => api.Host.Services.GetRequiredService<EventChainAudit>();

    private async Task<long> Scalar(string sql, Guid? streamId = null)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        if (streamId is { } id) command.Parameters.AddWithValue("id", id);
        var result = await command.ExecuteScalarAsync();
        return result is long value ? value : Convert.ToInt64(result ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    private Task<long> TombstoneCount() => Scalar("select count(*) from claimcheck.mt_events where type = 'tombstone'");

    private static string Describe(ChainAuditReport report) =>
        string.Join("; ", report.Broken.Select(b => $"{b.StreamId} v{b.FirstBrokenVersion} {b.Break}: {b.Detail}"));

    private async Task<Guid> IngestDirectly(string body)
    {
        var submission = new ArticleSubmission($"Chaîne {Guid.NewGuid():N}", true, body, "faults", null, null, "fr", false);
        await using var session = api.Store.LightweightSession();
        session.Events.StartStream<Article>(submission.ArticleId, submission.ToEvent(DateTimeOffset.UtcNow));
        await session.SaveChangesAsync();
        return submission.ArticleId;
    }

    [Fact]
    public async Task Lost_if_match_races_leave_the_audit_chain_intact()
    {
        var before = await TombstoneCount();
        for (var round = 0; round < 4; round++)
        {
            var caseId = await FlagCase(api);
            var responses = await Task.WhenAll(
                Act(api.As(TestUsers.FactChecker), caseId, "take", "\"1\""),
                Act(api.As(TestUsers.SecondFactChecker), caseId, "take", "\"1\""),
                Act(api.As(TestUsers.FactChecker), caseId, "take", "\"1\""));
            responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
            responses.Count(r => r.StatusCode == HttpStatusCode.PreconditionFailed).ShouldBe(2);
        }
        (await TombstoneCount()).ShouldBeGreaterThan(before, "the races must have produced failed writes for this test to mean anything");

        var report = await Audit.VerifyAsync(CancellationToken.None);

        report.IsIntact.ShouldBeTrue(Describe(report));
        report.TombstonesSkipped.ShouldBeGreaterThanOrEqualTo(await TombstoneCount() - before);
    }

    [Fact]
    public async Task A_write_postgresql_refuses_leaves_a_tombstone_and_the_chain_intact()
    {
        var before = await TombstoneCount();
        var failure = await Should.ThrowAsync<Exception>(() => IngestDirectly("Un texte avec \u0000 au milieu."));
        for (var i = 0; i < 50 && await TombstoneCount() == before; i++) await Task.Delay(100);
        (await TombstoneCount()).ShouldBeGreaterThan(before, failure.ToString());

        var report = await Audit.VerifyAsync(CancellationToken.None);

        report.IsIntact.ShouldBeTrue(Describe(report));
    }

    [Fact]
    public async Task Deleting_the_last_event_of_a_stream_is_caught_although_the_rest_still_chains()
    {
        var caseId = await FlagCase(api);
        (await Act(api.As(TestUsers.FactChecker), caseId, "take", "\"1\"")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var delete = new NpgsqlCommand("delete from claimcheck.mt_events where stream_id = @id and version = 2", connection, transaction))
        {
            delete.Parameters.AddWithValue("id", caseId);
            (await delete.ExecuteNonQueryAsync()).ShouldBe(1);
        }
        await transaction.CommitAsync();

        var report = await Audit.VerifyAsync(CancellationToken.None);

        var broken = report.Broken.ShouldHaveSingleItem();
        broken.StreamId.ShouldBe(caseId.ToString());
        broken.Break.ShouldBe(ChainBreak.EventMissing);
        broken.FirstBrokenVersion.ShouldBe(2);
        await using (var cleanup = new NpgsqlCommand("delete from claimcheck.mt_doc_eventchainlink where id = @link", connection))
        {
            cleanup.Parameters.AddWithValue("link", EventChainProjection.LinkId(caseId, 2));
            await cleanup.ExecuteNonQueryAsync();
        }
        (await Audit.VerifyAsync(CancellationToken.None)).IsIntact.ShouldBeTrue();
    }

    [Theory]
    [InlineData("same stream")]
    [InlineData("moved to a stream of its own")]
    public async Task Disguising_a_real_event_as_a_tombstone_is_caught(string how)
    {
        var articleId = await IngestDirectly("Poutine ne participera pas au sommet du G20 à Bali.");
        var sequence = await Scalar("select seq_id from claimcheck.mt_events where stream_id = @id and version = 1", articleId);
        var elsewhere = Guid.NewGuid();
        await Scalar($"insert into claimcheck.mt_streams (id, version) values ('{elsewhere}', 0)");
        var disguise = how == "same stream"
            ? $"update claimcheck.mt_events set type = 'tombstone', data = '{{}}', version = {sequence} where stream_id = @id and version = 1"
            : $"update claimcheck.mt_events set type = 'tombstone', data = '{{}}', version = {sequence}, stream_id = '{elsewhere}' where stream_id = @id and version = 1";
        await Scalar(disguise, articleId);

        var report = await Audit.VerifyAsync(CancellationToken.None);

        var broken = report.Broken.ShouldHaveSingleItem(Describe(report));
        broken.StreamId.ShouldBe(articleId.ToString());
        await Scalar("delete from claimcheck.mt_events where seq_id = " + sequence);
        await Scalar($"delete from claimcheck.mt_doc_eventchainlink where id like '{articleId}:%'");
        await Scalar($"delete from claimcheck.mt_streams where id in (@id, '{elsewhere}')", articleId);
    }
}
