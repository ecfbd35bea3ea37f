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

    public static bool IsTransient(Exception exception) => exception switch
    {
        NpgsqlException npgsql => npgsql.IsTransient,
        MartenCommandException { InnerException: { } inner } => IsTransient(inner),
        TimeoutRejectedException => true,
        _ => false,
    };
}
