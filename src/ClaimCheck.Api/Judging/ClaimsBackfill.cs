using System.Text.Json;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Npgsql;

namespace ClaimCheck.Api.Judging;

/// <summary>
/// At start-up, completes the claims rows of a database written before the people rows and the quote keys existed:
/// the people rows from the claims rows (one <c>insert ... select</c>), the quote keys computed as the projection
/// computes them (<see cref="ClaimRetrieval.QuoteKeys"/>), so claims stored earlier are retrieved like new ones.
/// Nodes starting together take turns through an advisory lock; once done it records <see cref="Version"/> in the
/// built-versions table the indexed lists keep, so later start-ups read one row instead of scanning the claims. Runs
/// after <see cref="Lists.IndexedListBackfill"/>, which applies the schema changes (the new table, column and that table).
/// </summary>
public sealed class ClaimsBackfill(NpgsqlDataSource dataSource, StorageOptions storage, ILogger<ClaimsBackfill> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var (people, keyed) = await RunAsync(dataSource, storage.Schema, cancellationToken);
        if (people + keyed > 0)
            logger.LogInformation("Claims read model completed: {People} people rows, quote keys for {Quotes} quotes", people, keyed);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The version of the claims rows' derived data (people rows, quote keys) that a completed backfill records.</summary>
    public const int Version = 1;

    private const string Marker = "#claims-people-and-quote-keys";

    /// <summary>
    /// Adds the missing people rows and quote keys unless <see cref="Version"/> is recorded (or <paramref name="force"/>);
    /// returns how many of each were written.
    /// </summary>
    public static async Task<(int People, int Quotes)> RunAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellation, bool force = false)
    {
        var built = $"{schema}.{Lists.IndexedLists.BuiltTable}";
        var claims = $"{schema}.{ClaimsTable.Name}";
        await using var connection = await dataSource.OpenConnectionAsync(cancellation);
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using (var gate = new NpgsqlCommand("select pg_advisory_xact_lock(hashtext(@key))", connection, transaction))
        {
            gate.Parameters.AddWithValue("key", $"{claims}:backfill");
            await gate.ExecuteNonQueryAsync(cancellation);
        }
        await using (var done = new NpgsqlCommand($"select version from {built} where list = @marker", connection, transaction))
        {
            done.Parameters.AddWithValue("marker", Marker);
            if (!force && await done.ExecuteScalarAsync(cancellation) is int version && version == Version) return (0, 0);
        }

        int people;
        var missing = $"not exists (select 1 from {schema}.{ClaimsTable.PeopleName} p where p.claim_id = c.claim_id)";
        await using (var insert = new NpgsqlCommand(ClaimsTable.PeopleInsertSql(schema, missing), connection, transaction))
            people = await insert.ExecuteNonQueryAsync(cancellation);

        var keys = new List<(Guid ClaimId, string[] Keys)>();
        await using (var select = new NpgsqlCommand(
                         $"select claim_id, article_id, effective_date, kind, speaker_id, speaker, cue, language, text, sentence, extractor_version, frame::text " +
                         $"from {claims} where is_quote and quote_words >= {QuoteVerification.MinimumWords} and quote_keys = '{{}}'", connection, transaction))
        await using (var reader = await select.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
            {
                string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
                var claim = new JudgedClaim(reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2),
                    Enum.Parse<QuoteKind>(reader.GetString(3)), Text(4), reader.GetString(8), reader.GetString(9),
                    JsonSerializer.Deserialize<ClaimFrame>(reader.GetString(11), ClaimsTable.Json)!, reader.GetString(10));
                var found = ClaimRetrieval.QuoteKeys(new StoredClaim(claim, reader.GetString(7), Text(5), Text(6)));
                if (found.Count > 0) keys.Add((claim.ClaimId, found.ToArray()));
            }

        foreach (var chunk in keys.Chunk(500))
        {
            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var (claimId, claimKeys) in chunk)
                batch.BatchCommands.Add(new NpgsqlBatchCommand($"update {claims} set quote_keys = $1 where claim_id = $2")
                {
                    Parameters = { new() { Value = claimKeys }, new() { Value = claimId } },
                });
            await batch.ExecuteNonQueryAsync(cancellation);
        }
        await using (var record = new NpgsqlCommand(
                         $"insert into {built} (list, version) values (@marker, @version) on conflict (list) do update set version = excluded.version",
                         connection, transaction))
        {
            record.Parameters.AddWithValue("marker", Marker);
            record.Parameters.AddWithValue("version", Version);
            await record.ExecuteNonQueryAsync(cancellation);
        }
        await transaction.CommitAsync(cancellation);
        return (people, keys.Count);
    }
}
