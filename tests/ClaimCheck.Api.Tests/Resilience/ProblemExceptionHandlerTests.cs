using System.Net.Sockets;
using System.Text.Json;
using ClaimCheck.Api.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimCheck.Api.Tests.Resilience;

[Trait("Category", "Faults")]
public sealed class ProblemExceptionHandlerTests
{
    private static async Task<(HttpContext Context, JsonElement Problem)> Handle(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Headers.Accept = "application/json";
        var body = new MemoryStream();
        context.Response.Body = body;
        var handler = new ProblemExceptionHandler(services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(),
            NullLogger<ProblemExceptionHandler>.Instance);

        (await handler.TryHandleAsync(context, exception, CancellationToken.None)).ShouldBeTrue();
        return (context, JsonDocument.Parse(body.ToArray()).RootElement.Clone());
    }

    [Fact]
    public async Task An_unexpected_exception_is_a_500_problem_that_names_a_trace_id_but_no_internals()
    {
        var (context, problem) = await Handle(new InvalidOperationException("connection string Password=hunter2 in table mt_secret"));

        context.Response.StatusCode.ShouldBe(500);
        context.Response.ContentType.ShouldNotBeNull().ShouldStartWith("application/problem+json");
        problem.GetProperty("status").GetInt32().ShouldBe(500);
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrEmpty();
        var text = problem.ToString();
        text.ShouldNotContain("hunter2");
        text.ShouldNotContain("InvalidOperationException");
        text.ShouldNotContain("mt_secret");
    }

    [Fact]
    public async Task An_unreachable_database_is_a_503_problem_with_retry_after()
    {
        var (context, problem) = await Handle(new NpgsqlException("Failed to connect to 10.0.0.7:5432", new SocketException((int)SocketError.ConnectionRefused)));

        context.Response.StatusCode.ShouldBe(503);
        context.Response.Headers.RetryAfter.ToString().ShouldBe("5");
        problem.GetProperty("title").GetString().ShouldBe("Database unavailable");
        problem.ToString().ShouldNotContain("10.0.0.7");
    }

    [Fact]
    public async Task A_malformed_request_keeps_its_own_4xx_status()
    {
        var (context, _) = await Handle(new BadHttpRequestException("Request body too large.", StatusCodes.Status413PayloadTooLarge));
        context.Response.StatusCode.ShouldBe(413);
    }
}
