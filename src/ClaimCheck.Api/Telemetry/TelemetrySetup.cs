using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClaimCheck.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the service. Metrics (the ClaimCheck meter, Wolverine's, Npgsql's and, with the HTTP host,
/// ASP.NET Core's) are always collected, for <c>/metrics</c>. Traces and the OTLP exporter are on only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; every other <c>OTEL_*</c> variable (protocol, headers, service name,
/// resource attributes) is read by the SDK as the specification says.
/// </summary>
public static class TelemetrySetup
{
    public const string OtlpEndpointVariable = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static bool ExportsOtlp(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[OtlpEndpointVariable]);

    /// <summary>The store and message side, shared by the HTTP host and the command line.</summary>
    public static IHostApplicationBuilder AddClaimCheckTelemetry(this IHostApplicationBuilder builder, string wolverineServiceName)
    {
        builder.Services.AddSingleton<ClaimCheckMetrics>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Telemetry").Get<TelemetryOptions>() ?? new TelemetryOptions());
        builder.Services.AddSingleton<BacklogSampler>();
        builder.Services.AddHostedService(services => services.GetRequiredService<BacklogSampler>());

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? "claimcheck"))
            .WithMetrics(metrics => metrics
                .AddMeter(ClaimCheckMetrics.MeterName, $"Wolverine:{wolverineServiceName}", "Npgsql")
                // Npgsql names its pool after the connection string (host, database, user): keep only the connection state.
                .AddView(instrument => instrument.Meter.Name == "Npgsql"
                    ? new MetricStreamConfiguration { TagKeys = ["db.client.connection.state"] }
                    : null));
        if (ExportsOtlp(builder.Configuration))
        {
            telemetry
                .WithTracing(tracing => tracing.AddSource("Wolverine").AddNpgsql())
                .UseOtlpExporter();
        }
        return builder;
    }

    /// <summary>ASP.NET Core's request metrics and spans, and the Prometheus exporter behind <c>/metrics</c>.</summary>
    public static IHostApplicationBuilder AddClaimCheckHttpTelemetry(this IHostApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics.AddAspNetCoreInstrumentation().AddPrometheusExporter());
        if (ExportsOtlp(builder.Configuration))
            telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation(options =>
                options.Filter = context => !context.Request.Path.StartsWithSegments("/metrics") && !context.Request.Path.StartsWithSegments("/health")));
        return builder;
    }
}
