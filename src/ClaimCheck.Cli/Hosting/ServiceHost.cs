using ClaimCheck.Api.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimCheck.Cli.Hosting;

/// <summary>Builds the same service the API runs, for commands that need the event store.</summary>
public static class ServiceHost
{
    /// <summary>
    /// The store and message handlers only, without an HTTP listener, for a one-shot command: a node beside any running
    /// services that handles what it queues itself but never leads them and runs no projection daemon.
    /// </summary>
    public static IHost Build(string[]? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(settings ?? []);
        QuietLogging(builder.Logging);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.AddClaimCheck(HostRole.Command);
        return builder.Build();
    }

    /// <summary>Runs <paramref name="work"/> against a started service (store and handlers) and stops it afterwards.</summary>
    public static async Task<T> RunAsync<T>(Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellation)
    {
        using var host = Build();
        await host.StartAsync(cancellation);
        try
        {
            return await work(host.Services, cancellation);
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The full HTTP API, listening on <paramref name="urls"/>.</summary>
    public static WebApplication BuildWeb(string urls, string[]? settings = null)
    {
        var builder = WebApplication.CreateBuilder(settings ?? []);
        QuietLogging(builder.Logging);
        builder.WebHost.UseUrls(urls);
        builder.AddClaimCheck(HostRole.Service);
        builder.AddClaimCheckHttp();
        var app = builder.Build();
        app.MapClaimCheckHttp();
        return app;
    }

    private static void QuietLogging(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(LogLevel.Warning);
        logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
    }
}
