using Alba;
using ClaimCheck.Access;
using ClaimCheck.Api.Access;
using Wolverine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimCheck.Api.Tests.Infrastructure;

/// <summary>One API host for the whole test run, over a database of the run's own.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public IAlbaHost Host { get; private set; } = null!;

    /// <summary>A fact-checker's client: the default caller of content endpoints.</summary>
    public HttpClient Client => As(TestUsers.FactChecker);

    public HttpClient Anonymous { get; private set; } = null!;

    private readonly Dictionary<string, HttpClient> _clients = new();

    private readonly Dictionary<string, IssuedApiKey> _keys = new();

    public HttpClient As(string userName) => _clients[userName];

    public IssuedApiKey KeyOf(string userName) => _keys[userName];

    /// <summary>Everything the host logged, at every level.</summary>
    public LogCapture Logs { get; } = new();

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    public string ConnectionString => _database!.ConnectionString;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = await AlbaHost.For<ApiEntryPoint>(builder =>
        {
            builder.UseSetting("ConnectionStrings:ClaimCheck", _database.ConnectionString);
            builder.UseSetting("Ingestion:MaxBodyChars", "50000");
            builder.ConfigureServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs));
        });
        Anonymous = Host.Server.CreateClient();
        await using var scope = Host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        foreach (var (userName, role) in TestUsers.All)
        {
            var issued = (IssuedApiKey)await bus.InvokeAsync<object>(new RegisterUser(userName, [role], "test-setup"));
            _keys[userName] = issued;
            var client = Host.Server.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", issued.ApiKey);
            _clients[userName] = client;
        }
    }

    public async Task DisposeAsync()
    {
        Anonymous.Dispose();
        foreach (var client in _clients.Values) client.Dispose();
        await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}

/// <summary>The users every test run starts with, one or two per role.</summary>
public static class TestUsers
{
    public const string FactChecker = "fc-ana";
    public const string SecondFactChecker = "fc-bruno";
    public const string Editor = "ed-chloe";
    public const string SecondEditor = "ed-david";
    public const string Auditor = "au-emma";
    public const string Admin = "admin-farid";

    public static readonly (string UserName, Role Role)[] All =
    [
        (FactChecker, Role.FactChecker), (SecondFactChecker, Role.FactChecker), (Editor, Role.Editor),
        (SecondEditor, Role.Editor), (Auditor, Role.Auditor), (Admin, Role.Admin),
    ];
}
