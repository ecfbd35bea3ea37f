using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace ClaimCheck.Api.Tests.Infrastructure;

/// <summary>
/// The command-line tool as real processes against one database: one-shot commands, and services whose output is kept
/// (and drained, so they never block on a full pipe) to be printed when the test ends, since what the services logged is
/// the only record of why work stalled.
/// </summary>
public sealed partial class ServiceProcesses(Func<string> connectionString)
{
    private readonly List<(string Name, StringBuilder Log)> _logs = [];

    public Process StartService(int port) => Start("serve", "--urls", $"http://127.0.0.1:{port}");

    public async Task<(int Code, string Output)> RunCli(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }

    public void PrintLogs(ITestOutputHelper output, int lastLines = 200)
    {
        lock (_logs)
            foreach (var (name, log) in _logs)
            {
                string[] lines;
                lock (log) lines = log.ToString().Split('\n');
                output.WriteLine($"--- {name}: last {Math.Min(lines.Length, lastLines)} of {lines.Length} lines ---");
                foreach (var line in lines.TakeLast(lastLines)) output.WriteLine(line);
            }
    }

    private Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["ConnectionStrings__ClaimCheck"] = connectionString();
        start.Environment["NO_COLOR"] = "1";
        var process = Process.Start(start)!;
        if (arguments[0] == "serve")
        {
            var log = new StringBuilder();
            lock (_logs) _logs.Add(($"service {_logs.Count + 1} ({string.Join(' ', arguments)})", log));
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (log) log.AppendLine(e.Data); };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
        }
        return process;
    }

    public static async Task WaitUntilLive(HttpClient http)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The service at {http.BaseAddress} did not become ready in 90 s.");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The API key `users add` prints once.</summary>
    public static string ApiKeyIn(string output) => ApiKey().Match(output).Value;

    [GeneratedRegex(@"cc_[A-Za-z0-9_\-]+")]
    private static partial Regex ApiKey();
}
