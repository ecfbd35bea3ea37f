using ClaimCheck.Access;
using ClaimCheck.Api.Access;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Cli.Ingestion;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Spectre.Console;
using Wolverine;

namespace ClaimCheck.Api.Tests.Desk;

/// <summary>
/// The real service listening on a loopback port (Kestrel, as <c>claimcheck serve</c> runs it: Playwright's browser needs
/// a socket, not a TestServer), over a database of its own holding the sample corpus after extraction and judging,
/// and the users of the desk stories.
/// </summary>
public sealed class DeskFixture : IAsyncLifetime
{
    public const string FactChecker = "fc-ana";
    public const string SecondFactChecker = "fc-bruno";
    /// <summary>A fact-checker who is also an editor: the person the four-eyes rule exists for.</summary>
    public const string FactCheckingEditor = "fc-ed-gina";
    public const string Editor = "ed-chloe";
    public const string Auditor = "au-emma";
    public const string Admin = "admin-farid";

    private TestDatabase? _database;
    private readonly Dictionary<string, IssuedApiKey> _keys = new();

    public WebApplication App { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    public IPlaywright Playwright { get; private set; } = null!;
    public IDocumentStore Store => App.Services.GetRequiredService<IDocumentStore>();
    public string KeyOf(string user) => _keys[user].ApiKey;
    public IssuedApiKey IssuedTo(string user) => _keys[user];

    /// <summary>The founding sample case: the G20 headline of article 001 against its own body.</summary>
    public FlagSummary G20Case { get; private set; } = null!;

    private const int SpareCaseCount = 5;

    /// <summary>Open cases (opened by hand), one for each story that needs a case nobody else touches.</summary>
    public IReadOnlyList<Guid> SpareCases { get; private set; } = [];

    /// <summary>An article whose speakers a story may correct without touching the founding case.</summary>
    public Guid CorrectionArticle { get; private set; }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        App = ServiceHost.BuildWeb("http://127.0.0.1:0", [$"--ConnectionStrings:ClaimCheck={_database.ConnectionString}"]);
        await App.StartAsync();
        BaseUrl = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/');

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No });
        var summary = await IngestionRun.RunAsync(App.Services, [Path.Combine(RepositoryRoot.Path, "samples", "articles")], console, CancellationToken.None);
        var articleIds = summary.Ingested.Concat(summary.Duplicates).Select(a => a.ArticleId).ToList();
        await PipelineProgress.WaitForAsync(App, articleIds, TimeSpan.FromMinutes(3), CancellationToken.None);

        await using (var scope = App.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            foreach (var (user, roles) in new (string, Role[])[]
                     {
                         (FactChecker, [Role.FactChecker]), (SecondFactChecker, [Role.FactChecker]), (FactCheckingEditor, [Role.FactChecker, Role.Editor]),
                         (Editor, [Role.Editor]), (Auditor, [Role.Auditor]), (Admin, [Role.Admin]),
                     })
                _keys[user] = (IssuedApiKey)await bus.InvokeAsync<object>(new RegisterUser(user, roles, "test-setup"));
        }

        await using var session = Store.QuerySession();
        var flags = await session.Query<FlagSummary>().OrderByDescending(f => f.Score).ToListAsync();
        var quotes = await session.Query<ArticleQuotes>().ToListAsync();
        string? TextOf(Guid claimId) => quotes.SelectMany(a => a.Quotes).FirstOrDefault(q => q.QuoteId == claimId)?.Text;
        G20Case = flags.Single(f => f.Label == PairLabels.Contradiction && f.FirstArticleId == f.SecondArticleId
            && TextOf(f.FirstClaimId) == G20Headline && TextOf(f.SecondClaimId) == G20Body);
        // A speaker correction judges its article again; the founding case's article is left alone.
        CorrectionArticle = articleIds.First(id => id != G20Case.FirstArticleId && quotes.Any(a => a.Id == id && a.Quotes.Any(q => q.Kind != QuoteKind.Headline)));

        // Cases opened by hand on quotes of the other articles, one per story that needs a fresh case, so the stories do
        // not depend on how many pairs the judge flags in the corpus.
        var spare = quotes.Where(a => a.Id != G20Case.FirstArticleId).SelectMany(a => a.Quotes.Where(q => q.Kind != QuoteKind.Headline).Select(q => (a.Id, q)))
            .Take(SpareCaseCount).ToList();
        if (spare.Count < SpareCaseCount) throw new InvalidOperationException($"The corpus has only {spare.Count} quotes outside article 001.");
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            var opened = new List<Guid>();
            foreach (var (articleId, quote) in spare)
            {
                var command = new ClaimCheck.Review.OpenCaseByHand(Guid.CreateVersion7(), quote.QuoteId, articleId, quote.SpeakerId,
                    "Worth a check: opened for the desk stories.", Editor, DateTimeOffset.UtcNow);
                var outcome = await bus.InvokeAsync<ClaimCheck.Api.Review.CaseCommandOutcome>(new ClaimCheck.Api.Review.SubmitCaseCommand(command, null));
                opened.Add(outcome is ClaimCheck.Api.Review.CaseChanged ? command.CaseId : throw new InvalidOperationException($"Could not open a case: {outcome}"));
            }
            SpareCases = opened;
        }

        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
    }

    public const string G20Headline = "Poutine veut rencontrer Biden au G20";
    public const string G20Body = "n'a pas l'intention";

    public async Task DisposeAsync()
    {
        Playwright?.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DeskCollection : ICollectionFixture<DeskFixture>
{
    public const string Name = "desk";
}
