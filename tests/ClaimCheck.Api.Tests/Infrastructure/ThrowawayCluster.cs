using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimCheck.Api.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of one test's own, under /tmp, that the test may stop and start at will without touching
/// the cluster every other test shares. Runs as the postgres user when the tests run as root (postgres refuses root).
/// </summary>
public sealed class ThrowawayCluster : IAsyncDisposable
{
    private readonly string _folder;
    private readonly string _bin;

    private ThrowawayCluster(string folder, string bin, int port)
    {
        _folder = folder;
        _bin = bin;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Database=postgres;Username=postgres;Timeout=3";

    private string Data => Path.Combine(_folder, "data");

    public static async Task<ThrowawayCluster> StartAsync()
    {
        var bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb"))).OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
            ?? throw new InvalidOperationException("No PostgreSQL server binaries under /usr/lib/postgresql (run ops/pg once to install them).");
        var folder = Path.Combine(Path.GetTempPath(), $"pgfault-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (IsRoot) await Run("chown", "postgres", folder);
        var cluster = new ThrowawayCluster(folder, bin, UnusedPort());
        await cluster.AsOwner("initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() => AsOwner("pg_ctl", "-D", Data, "-l", Path.Combine(_folder, "log"), "-w", "-t", "60", "-o",
        $"-p {Port} -k {_folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops the server at once, as a crash or an operator would, dropping every open connection.</summary>
    public Task StopServerAsync() => AsOwner("pg_ctl", "-D", Data, "-m", "immediate", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopServerAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped by the test.
        }
        Directory.Delete(_folder, recursive: true);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private Task AsOwner(string tool, params string[] arguments) =>
        IsRoot ? Run("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments]) : Run(Path.Combine(_bin, tool), arguments);

    private static async Task Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
