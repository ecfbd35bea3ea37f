using ClaimCheck.Api.Resilience;
using Marten.Exceptions;
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

    public static TheoryData<string, Exception, bool> Failures() => new()
    {
        { "connection refused", new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111)), true },
        { "connection dropped mid-read", new NpgsqlException("Exception while reading from stream", new EndOfStreamException()), true },
        { "serialization failure", new PostgresException("could not serialize", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure), true },
        { "server shutting down", new PostgresException("terminating connection", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown), true },
        { "syntax error", new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError), false },
        { "unique violation", new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation), false },
        { "Marten around a refused connection", new MartenCommandException(null!, new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))), true },
        { "Marten around a syntax error", new MartenCommandException(null!, new PostgresException("syntax error", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError)), false },
        { "a transaction disposed when its connection dropped", new ObjectDisposedException("NpgsqlTransaction", new NpgsqlException("Exception while reading from stream", new EndOfStreamException())), true },
        { "a disposed object with no database cause", new ObjectDisposedException("HttpClient"), false },
        { "a handler's own bug", new InvalidOperationException("bug", new NpgsqlException("Failed to connect", new System.Net.Sockets.SocketException(111))), false },
    };

    /// <summary>
    /// Message handlers retry in place on these for about four minutes (<see cref="StoreResilience.OutageRetries"/>), so the
    /// classification decides whether a database restart delays work or dead-letters it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Failures))]
    public void Only_failures_the_database_marks_transient_or_that_wrap_one_count_as_transient(string name, Exception failure, bool transient) =>
        StoreResilience.IsTransient(failure).ShouldBe(transient, name);

    [Fact]
    public void The_outage_retries_ride_out_a_database_restart_of_a_few_minutes_and_then_stop()
    {
        var total = StoreResilience.OutageRetries.Aggregate(TimeSpan.Zero, (sum, delay) => sum + delay);
        total.ShouldBeGreaterThan(TimeSpan.FromMinutes(3));
        total.ShouldBeLessThan(TimeSpan.FromMinutes(10));
        StoreResilience.OutageRetries.ShouldBeInOrder(SortDirection.Ascending);
    }
}
