using Marten;
using Npgsql;
using System.Security.Cryptography;
using System.Text;
using JasperFx;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;

namespace ClaimCheck.Api.Lists;

/// <summary>The lists this service indexes, and the schema their tables live in.</summary>
public sealed record IndexedListCatalog(IReadOnlyList<IndexedList> Lists, string Schema);

/// <summary>
/// At start-up, creates the lists' schema objects with the rest of Marten's, then rebuilds any list whose entries
/// were never built at its current version (a database written before the list existed). Several nodes starting
/// together take turns through an advisory lock; the one that finds the version current does nothing.
/// </summary>
public sealed class IndexedListBackfill(IDocumentStore store, NpgsqlDataSource dataSource, IndexedListCatalog catalog, ILogger<IndexedListBackfill> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            // Session lock (the migrator runs its own transactions): nodes starting together migrate one at a time.
            await Lock(connection, null, $"{catalog.Schema}.cc_list:schema", cancellationToken, session: true);
            try
            {
                var tables = IndexedLists.Tables(catalog.Schema);
                var migration = await SchemaMigration.DetermineAsync(connection, cancellationToken, tables);
                if (migration.Difference != SchemaPatchDifference.None)
                    await new PostgresqlMigrator().ApplyAllAsync(
                        connection, migration, AutoCreate.CreateOrUpdate, new DefaultMigrationLogger(TextWriter.Null), cancellationToken);

                await InstallRoutinesAsync(connection, cancellationToken);
            }
            finally
            {
                await Lock(connection, null, $"{catalog.Schema}.cc_list:schema", CancellationToken.None, session: true, release: true);
            }
        }
        foreach (var list in catalog.Lists)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await Lock(connection, transaction, $"{catalog.Schema}.cc_list:{list.Name}", cancellationToken);
            await using (var versionCommand = new NpgsqlCommand(
                             $"SELECT version FROM {catalog.Schema}.{IndexedLists.BuiltTable} WHERE list = @list", connection, transaction))
            {
                versionCommand.Parameters.AddWithValue("list", list.Name);
                if (await versionCommand.ExecuteScalarAsync(cancellationToken) is int built && built == list.Version)
                {
                    await transaction.CommitAsync(cancellationToken);
                    continue;
                }
            }
            await using (var rebuild = new NpgsqlCommand(IndexedLists.RebuildSql(catalog.Schema, list), connection, transaction))
                await rebuild.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Indexed list {List} rebuilt from {Table} at version {Version}", list.Name, list.DocumentTable, list.Version);
        }
    }

    /// <summary>Replaces the functions and triggers when their script changed since the last install.</summary>
    private async Task InstallRoutinesAsync(NpgsqlConnection connection, CancellationToken cancellation)
    {
        var routines = IndexedLists.RoutinesSql(catalog.Lists, catalog.Schema);
        var hash = BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(routines)));
        await using var transaction = await connection.BeginTransactionAsync(cancellation);
        await using (var current = new NpgsqlCommand(
                         $"SELECT version FROM {catalog.Schema}.{IndexedLists.BuiltTable} WHERE list = '#routines'", connection, transaction))
            if (await current.ExecuteScalarAsync(cancellation) is int installed && installed == hash) return;
        await using (var install = new NpgsqlCommand(routines, connection, transaction)) await install.ExecuteNonQueryAsync(cancellation);
        await using (var record = new NpgsqlCommand(
                         $"INSERT INTO {catalog.Schema}.{IndexedLists.BuiltTable} (list, version) VALUES ('#routines', @hash) " +
                         "ON CONFLICT (list) DO UPDATE SET version = excluded.version", connection, transaction))
        {
            record.Parameters.AddWithValue("hash", hash);
            await record.ExecuteNonQueryAsync(cancellation);
        }
        await transaction.CommitAsync(cancellation);
        logger.LogInformation("Indexed list routines installed ({Hash:x8})", hash);
    }

    private static async Task Lock(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, CancellationToken cancellation, bool session = false, bool release = false)
    {
        var function = release ? "pg_advisory_unlock" : session ? "pg_advisory_lock" : "pg_advisory_xact_lock";
        await using var command = new NpgsqlCommand($"SELECT {function}(hashtext(@key))", connection, transaction);
        command.Parameters.AddWithValue("key", key);
        await command.ExecuteNonQueryAsync(cancellation);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
