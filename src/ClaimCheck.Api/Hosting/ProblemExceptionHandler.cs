using System.Globalization;
using ClaimCheck.Api.Resilience;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ClaimCheck.Api.Hosting;

/// <summary>
/// The one place an unhandled exception becomes an HTTP answer: 503 with Retry-After while the database cannot be
/// reached, the status of a malformed request, otherwise a 500 that names only the trace id. Every answer is an
/// RFC 9457 problem; exception messages and stack traces stay in the log.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellation)
    {
        if (context.Response.HasStarted) return false;
        var traceId = System.Diagnostics.Activity.Current?.Id ?? context.TraceIdentifier;
        ProblemDetails problem;
        if (DatabaseOutage.IsOutage(exception))
        {
            logger.LogWarning("Database unavailable for {Method} {Path}: {ExceptionType}", context.Request.Method, context.Request.Path, exception.GetType().Name);
            context.Response.Headers.RetryAfter = ((int)DatabaseOutage.RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Database unavailable",
                Detail = "The database cannot be reached right now; nothing was changed. Retry after the number of seconds in Retry-After.",
            };
        }
        else if (exception is BadHttpRequestException bad)
        {
            problem = new ProblemDetails { Status = bad.StatusCode, Title = "Bad request", Detail = "The request could not be read." };
        }
        else
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
            problem = new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Unexpected error",
                Detail = $"The request failed on the server; the error is logged under trace id {traceId}.",
            };
        }
        problem.Extensions["traceId"] = traceId;
        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = null });
    }
}
