namespace ClaimCheck.Api.Hosting;

/// <summary>
/// Where the event store lives: <c>ConnectionStrings:ClaimCheck</c> (environment variable
/// <c>ConnectionStrings__ClaimCheck</c>). There is deliberately no built-in default: <c>ops/pg</c> prints the
/// connection string of the project's own cluster (its port from <c>CLAIMCHECK_PG_PORT</c>, its generated password)
/// and <c>ops/run</c>, <c>ops/claimcheck</c> and <c>ops/test</c> export it, so one setting drives the cluster and
/// the application, and a second checkout never silently uses the first one's database.
/// </summary>
public sealed class StorageOptions
{
    public const string ConnectionStringName = "ClaimCheck";

    public required string ConnectionString { get; init; }

    /// <summary>PostgreSQL schema holding Marten's and Wolverine's tables.</summary>
    public string Schema { get; init; } = "claimcheck";

    public static StorageOptions From(IConfiguration configuration) => new()
    {
        ConnectionString = configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } connectionString
            ? connectionString
            : throw new InvalidOperationException(
                "ConnectionStrings:ClaimCheck is not set. Start through ops/run or ops/claimcheck (which take it from ops/pg), " +
                "or set ConnectionStrings__ClaimCheck=\"Host=...;Port=...;Database=claimcheck;Username=...;Password=...\"."),
        Schema = configuration["Storage:Schema"] ?? "claimcheck",
    };
}
