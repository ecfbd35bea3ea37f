using System.Diagnostics;
using Npgsql;

namespace ClaimCheck.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL database of this test run's own, created on the server named by ConnectionStrings__ClaimCheck
/// (ops/test exports the local cluster's) or, without it, on the project's local cluster started through ops/pg
/// (whose connection string carries the generated password), and dropped at the end of the run.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string _adminConnectionString;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 40 }.ConnectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable("ConnectionStrings__ClaimCheck") ?? await StartLocalClusterAsync();
        var admin = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false }.ConnectionString;
        var name = $"claimcheck_test_{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}"[..50];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"create database \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        if (Environment.GetEnvironmentVariable("CLAIMCHECK_PG_FAST_TESTS") == "1")
        {
            // Set by ops/test: this throw-away database need not flush each commit; the cluster's own stay durable.
            await using var fast = new NpgsqlCommand($"alter database \"{name}\" set synchronous_commit = off", connection);
            await fast.ExecuteNonQueryAsync();
        }
        return new TestDatabase(admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists \"{Name}\" with (force)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartLocalClusterAsync()
    {
        var script = Path.Combine(RepositoryRoot.Path, "ops", "pg");
        using var process = Process.Start(new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"ops/pg failed with exit code {process.ExitCode}: {error}");
        return output.Trim().Split('\n')[^1];
    }
}

public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "ClaimCheck.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found above the test binaries.");
    }
}
