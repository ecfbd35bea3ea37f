using Alba;
using ClaimCheck.Access;
using ClaimCheck.Api.Access;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace ClaimCheck.Api.Tests.Faults;

/// <summary>How the injected extractor behaves for the next articles.</summary>
public enum ExtractorMode
{
    Normal,
    Throws,
    Hangs,
}

/// <summary>The real extractor, or one that throws or never returns, switched by the test.</summary>
public sealed class SwitchableQuoteReader : IArticleQuoteReader
{
    private int _calls;

    public volatile ExtractorMode Mode = ExtractorMode.Normal;

    public int Calls => _calls;

    public IReadOnlyList<ExtractedQuote> Read(QuoteExtractor extractor, string? title, string body, string language, CancellationToken cancellation)
    {
        Interlocked.Increment(ref _calls);
        switch (Mode)
        {
            case ExtractorMode.Throws:
                throw new ArgumentOutOfRangeException(nameof(body), "injected failure");
            case ExtractorMode.Hangs:
                // Like a runaway rule: busy until told to stop (the budget cancels the token) or for a minute at most.
                var until = DateTime.UtcNow.AddMinutes(1);
                while (!cancellation.IsCancellationRequested && DateTime.UtcNow < until) Thread.SpinWait(1000);
                cancellation.ThrowIfCancellationRequested();
                return [];
            default:
                return extractor.Extract(title, body, language, cancellation);
        }
    }
}

/// <summary>An API host of its own whose extractor the tests can make fail, with a short time budget.</summary>
public sealed class FaultyExtractionFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public SwitchableQuoteReader Reader { get; } = new();

    public IAlbaHost Host { get; private set; } = null!;

    public IDocumentStore Store => Host.Services.GetRequiredService<IDocumentStore>();

    private readonly Dictionary<string, HttpClient> _clients = new();

    public HttpClient As(string userName) => _clients[userName];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Host = await AlbaHost.For<ApiEntryPoint>(builder =>
        {
            builder.UseSetting("ConnectionStrings:ClaimCheck", _database.ConnectionString);
            builder.UseSetting("Extraction:TimeBudget", "00:00:01");
            builder.UseSetting("Extraction:MaxTimeBudget", "00:00:02");
            // The poison-message handler below lives in this test assembly, so its code is compiled at run time.
            builder.UseSetting("CodeGeneration:TypeLoadMode", "Dynamic");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<IArticleQuoteReader>(Reader);
                // A handler that fails on demand, to get real dead letters through Wolverine's own failure path.
                services.ConfigureWolverine(opts => opts.Discovery.IncludeAssembly(typeof(FaultyExtractionFixture).Assembly));
            });
        });
        await using var scope = Host.Services.CreateAsyncScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        foreach (var (userName, role) in TestUsers.All)
        {
            var issued = (IssuedApiKey)await bus.InvokeAsync<object>(new RegisterUser(userName, [role], "test-setup"));
            var client = Host.Server.CreateClient();
            client.DefaultRequestHeaders.Authorization = new("Bearer", issued.ApiKey);
            _clients[userName] = client;
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients.Values) client.Dispose();
        await Host.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FaultyExtractionCollection : ICollectionFixture<FaultyExtractionFixture>
{
    public const string Name = "faulty-extraction";
}

/// <summary>A message about an article whose handler fails while <see cref="Fails"/> is set.</summary>
public sealed record PoisonArticleMessage(Guid ArticleId);

public static class PoisonArticleMessageHandler
{
    public static volatile bool Fails = true;

    private static int _handled;

    public static int Handled => _handled;

    public static void Handle(PoisonArticleMessage message)
    {
        if (Fails) throw new InvalidOperationException($"poisoned message for article {message.ArticleId}");
        Interlocked.Increment(ref _handled);
    }
}
