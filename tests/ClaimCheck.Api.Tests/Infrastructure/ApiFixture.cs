using Alba;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimCheck.Api.Tests.Infrastructure;

/// <summary>One API host for the whole test run, over a database of the run's own.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public IAlbaHost Host { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = await AlbaHost.For<ApiEntryPoint>(builder =>
        {
            builder.UseSetting("ConnectionStrings:ClaimCheck", _database.ConnectionString);
            builder.UseSetting("Ingestion:MaxBodyChars", "50000");
        });
        Client = Host.Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
