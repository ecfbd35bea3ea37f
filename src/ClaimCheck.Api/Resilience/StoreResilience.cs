using Marten.Exceptions;
using Npgsql;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace ClaimCheck.Api.Resilience;

/// <summary>
/// The one resilience policy for database calls that Wolverine's own message retries do not cover:
/// read endpoints, health checks and the command line's calls. Retries only failures PostgreSQL or
/// Npgsql mark as transient (connection loss, serialization failure, too many connections), three
/// times with jittered exponential back-off, and gives each attempt a time budget.
/// </summary>
public sealed class StoreResilience
{
    public StoreResilience(TimeSpan? attemptTimeout = null, TimeSpan? baseDelay = null)
    {
        Pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(IsTransient),
                MaxRetryAttempts = 3,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = baseDelay ?? TimeSpan.FromMilliseconds(200),
            })
            .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(10))
            .Build();
    }

    public ResiliencePipeline Pipeline { get; }

    public ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellation) =>
        Pipeline.ExecuteAsync(call, cancellation);

    /// <summary>
    /// How long a message handler keeps retrying in place while the database is unreachable: about four minutes in
    /// all, so a restart or fail-over of PostgreSQL delays work instead of sending it to the dead-letter inbox.
    /// An outage longer than that leaves the message there, where <c>claimcheck dead-letters replay</c> resumes it.
    /// </summary>
    public static readonly TimeSpan[] OutageRetries =
    [
        TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5),
        TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(40), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(90),
    ];

    /// <summary>
    /// A failure worth retrying: Npgsql or PostgreSQL marks it transient, or it wraps one that is. Marten wraps
    /// command failures, and a transaction whose connection dropped mid-commit surfaces as an
    /// <see cref="ObjectDisposedException"/> around the Npgsql error.
    /// </summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutRejectedException => true,
        MartenCommandException or ObjectDisposedException or AggregateException when exception.InnerException is { } inner => IsTransient(inner),
        _ => false,
    };
}
