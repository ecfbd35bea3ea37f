using ClaimCheck.Api.Resilience;
using Npgsql;

namespace ClaimCheck.Api.Tests.Resilience;

public sealed class StoreResilienceTests
{
    private readonly StoreResilience _resilience = new(baseDelay: TimeSpan.FromMilliseconds(1));

    [Fact]
    public async Task A_transient_database_failure_is_retried_until_it_succeeds()
    {
        var attempts = 0;
        var result = await _resilience.ExecuteAsync(_ =>
        {
            if (++attempts < 3) throw new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure);
            return ValueTask.FromResult(42);
        }, CancellationToken.None);

        result.ShouldBe(42);
        attempts.ShouldBe(3);
    }

    [Fact]
    public async Task A_permanent_failure_is_not_retried()
    {
        var attempts = 0;
        await Should.ThrowAsync<PostgresException>(async () => await _resilience.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError);
        }, CancellationToken.None));

        attempts.ShouldBe(1);
    }

    [Fact]
    public async Task Retries_stop_after_three_attempts_more()
    {
        var attempts = 0;
        await Should.ThrowAsync<PostgresException>(async () => await _resilience.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new PostgresException("too many connections", "FATAL", "FATAL", PostgresErrorCodes.TooManyConnections);
        }, CancellationToken.None));

        attempts.ShouldBe(4);
    }
}
