using System.Net.Sockets;
using Npgsql;
using Polly.Timeout;

namespace ClaimCheck.Api.Resilience;

/// <summary>Recognizes failures that mean "the database cannot be reached right now", as opposed to a bad query or a bug.</summary>
public static class DatabaseOutage
{
    /// <summary>What a client is told to wait before retrying while the database is unavailable.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool IsOutage(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Class 08: connection exception; 57P: operator intervention (shutdown, crash, cannot connect now).
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal);
                case SocketException or TimeoutRejectedException:
                    return true;
                case NpgsqlException npgsql when npgsql.InnerException is SocketException or IOException or TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsOutage):
                    return true;
            }
        }
        return false;
    }
}
