using System.Net.Sockets;
using ClaimCheck.Api.Resilience;
using Marten.Exceptions;
using Npgsql;

namespace ClaimCheck.Api.Tests.Resilience;

[Trait("Category", "Faults")]
public sealed class DatabaseOutageTests
{
    private static PostgresException Postgres(string sqlState) => new("server says no", "FATAL", "FATAL", sqlState);

    [Theory]
    [InlineData(PostgresErrorCodes.AdminShutdown)]
    [InlineData(PostgresErrorCodes.CrashShutdown)]
    [InlineData(PostgresErrorCodes.CannotConnectNow)]
    [InlineData(PostgresErrorCodes.ConnectionFailure)]
    [InlineData(PostgresErrorCodes.ConnectionException)]
    public void Shutdown_and_connection_errors_from_the_server_are_an_outage(string sqlState) =>
        DatabaseOutage.IsOutage(Postgres(sqlState)).ShouldBeTrue();

    [Theory]
    [InlineData(PostgresErrorCodes.SyntaxError)]
    [InlineData(PostgresErrorCodes.UniqueViolation)]
    [InlineData(PostgresErrorCodes.UntranslatableCharacter)]
    [InlineData(PostgresErrorCodes.SerializationFailure)]
    public void Query_errors_are_not_an_outage(string sqlState) =>
        DatabaseOutage.IsOutage(Postgres(sqlState)).ShouldBeFalse();

    [Fact]
    public void A_refused_connection_is_an_outage_even_when_wrapped_by_marten()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));
        DatabaseOutage.IsOutage(refused).ShouldBeTrue();
        DatabaseOutage.IsOutage(new MartenCommandException(new NpgsqlCommand("select 1"), refused)).ShouldBeTrue();
        DatabaseOutage.IsOutage(new AggregateException(new InvalidOperationException("first"), refused)).ShouldBeTrue();
    }

    [Fact]
    public void An_exhausted_pool_is_an_outage() =>
        DatabaseOutage.IsOutage(new NpgsqlException("The connection pool has been exhausted", new TimeoutException())).ShouldBeTrue();

    [Fact]
    public void Bugs_are_not_an_outage()
    {
        DatabaseOutage.IsOutage(new NullReferenceException()).ShouldBeFalse();
        DatabaseOutage.IsOutage(new InvalidOperationException("wrapped", new ArgumentException())).ShouldBeFalse();
        DatabaseOutage.IsOutage(new NpgsqlException("Npgsql bug")).ShouldBeFalse();
    }
}
