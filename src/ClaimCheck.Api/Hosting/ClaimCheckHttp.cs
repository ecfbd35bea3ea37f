using ClaimCheck.Api.Access;
using ClaimCheck.Api.Desk;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using ClaimCheck.Api.Telemetry;
using Wolverine.Http;

namespace ClaimCheck.Api.Hosting;

public static class ClaimCheckHttp
{
    public static WebApplicationBuilder AddClaimCheckHttp(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ProblemExceptionHandler>();
        // Enums (quote kinds, polarity, case states) read as words in the API, not as numbers.
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer<OpenApiTagOrder>());
        builder.Services.AddWolverineHttp();
        builder.Services.AddClaimCheckAccess();
        builder.AddClaimCheckHttpTelemetry();
        return builder;
    }

    public static WebApplication MapClaimCheckHttp(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDeskAssets();
        app.UseAuthentication();
        app.UseDeskAntiforgery();
        app.UseAuthorization();
        app.UseEmptyIdGuard();
        app.UseCheckedJsonBodies();
        app.MapOpenApi();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
        // Like /health: counts and durations only (see README "Observability" for why no key is asked).
        app.MapPrometheusScrapingEndpoint().AllowAnonymous();
        app.MapWolverineEndpoints();
        app.MapDesk();
        return app;
    }
}
