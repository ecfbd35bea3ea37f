namespace ClaimCheck.Api.Hosting;

/// <summary>
/// Where the event store lives. The connection string comes from <c>ConnectionStrings:ClaimCheck</c>
/// (environment variable <c>ConnectionStrings__ClaimCheck</c>); without it, the project's own local
/// cluster started by <c>ops/pg</c> is used.
/// </summary>
public sealed class StorageOptions
{
    public const string ConnectionStringName = "ClaimCheck";
    public const string LocalClusterConnectionString =
        "Host=127.0.0.1;Port=55432;Database=claimcheck;Username=postgres;Pooling=true;Maximum Pool Size=40";

    public string ConnectionString { get; init; } = LocalClusterConnectionString;

    /// <summary>PostgreSQL schema holding Marten's and Wolverine's tables.</summary>
    public string Schema { get; init; } = "claimcheck";

    public static StorageOptions From(IConfiguration configuration) => new()
    {
        ConnectionString = configuration.GetConnectionString(ConnectionStringName) ?? LocalClusterConnectionString,
        Schema = configuration["Storage:Schema"] ?? "claimcheck",
    };
}
