using ClaimCheck.Api.Access;
using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Api.Health;
using ClaimCheck.Extraction;
using ClaimCheck.Api.Ingestion;
using ClaimCheck.Api.Judging;
using ClaimCheck.Api.Lists;
using ClaimCheck.Api.Resilience;
using ClaimCheck.Api.Review;
using ClaimCheck.Api.Telemetry;
using ClaimCheck.Ingestion;
using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Marten.Exceptions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;
using Wolverine;
using Wolverine.ErrorHandling;
using Wolverine.Http;
using Wolverine.Marten;

namespace ClaimCheck.Api.Hosting;

public static class ClaimCheckServices
{
    /// <summary>Event store, messaging and domain services shared by the HTTP host and the command line.</summary>
    public static IHostApplicationBuilder AddClaimCheck(this IHostApplicationBuilder builder, HostRole role = HostRole.Service)
    {
        var storage = StorageOptions.From(builder.Configuration);
        var nodes = NodeOptions.From(builder.Configuration);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(nodes);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(new StoreResilience());
        builder.Services.AddSingleton(builder.Configuration.GetSection("Ingestion").Get<IngestionLimits>() ?? new IngestionLimits());
        builder.Services.AddSingleton<ArticleSubmissionValidator>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Requests").Get<ClaimCheck.Input.RequestLimits>() ?? new ClaimCheck.Input.RequestLimits());
        builder.Services.AddScoped<ArticleIngestion>();
        builder.Services.AddSingleton<QuoteExtractorProvider>();
        builder.Services.AddHostedService<ExtractionWarmup>();
        var extractionBudget = builder.Configuration.GetSection("Extraction").Get<ExtractionBudget>() ?? new ExtractionBudget();
        builder.Services.AddSingleton(extractionBudget);
        builder.Services.TryAddSingleton<IArticleQuoteReader, ExtractorQuoteReader>();
        builder.Services.AddSingleton<BudgetedExtraction>();
        builder.Services.AddSingleton(ReplayableReadModel.For<ClaimCheck.Speakers.SpeakerCorrections>());
        var judging = builder.Configuration.GetSection("Judging").Get<JudgingOptions>() ?? new JudgingOptions();
        builder.Services.AddSingleton(judging);
        builder.Services.AddSingleton(_ => judging.LoadJudge());
        builder.Services.AddSingleton<JudgementReplay>();
        builder.Services.AddSingleton<StoredClaimRetrieval>();
        builder.Services.AddSingleton<ReadModelReplay>();
        builder.Services.AddSingleton<EventChainAudit>();
        builder.Services.AddSingleton(ReplayableReadModel.For<Article>());
        builder.Services.AddSingleton(ReplayableReadModel.For<ArticleQuotes>());
        builder.Services.AddSingleton(ReplayableReadModel.For<ClaimCheck.Judging.FlagSummary>());
        builder.Services.AddSingleton(ReplayableReadModel.For<ClaimCheck.Access.UserAccount>());
        builder.Services.AddSingleton(ReplayableReadModel.For<ClaimCheck.Review.Case>());
        builder.Services.AddSingleton(ReplayableReadModel.For<ClaimCheck.Review.ReviewQueueItem>());
        builder.Services.AddSingleton(ClaimReviewOptions.From(builder.Configuration).Publisher());

        builder.Services.AddMarten(opts =>
            {
                opts.Connection(storage.ConnectionString);
                opts.DatabaseSchemaName = storage.Schema;
                opts.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
                opts.Events.StreamIdentity = StreamIdentity.AsGuid;
                opts.Events.MetadataConfig.CorrelationIdEnabled = true;
                opts.Events.MetadataConfig.CausationIdEnabled = true;
                opts.Events.MetadataConfig.HeadersEnabled = true;
                opts.Events.MetadataConfig.UserNameEnabled = true;
                // Rich appends assign versions and timestamps before the batch is written, which the hash chain needs.
                opts.Events.AppendMode = EventAppendMode.Rich;
                // Several nodes share the store: the async daemon runs on the one holding its advisory lock (HotCold). With the
                // DistributedLock.Postgres we can restore, only a transaction-scoped lock lets that daemon start (see ../shared/STACK.md).
                opts.Events.UseAdvisoryLockTransaction = true;
                opts.Projections.LeadershipPollingTime = (int)nodes.HeartbeatInterval.TotalMilliseconds;
                opts.Projections.Add(new EventChainProjection(), ProjectionLifecycle.Inline);
                opts.Schema.For<EventChainLink>();
                opts.ConfigureIngestion();
                opts.ConfigureExtraction(storage.Schema);
                opts.ConfigureJudging();
                opts.ConfigureAccess();
                opts.ConfigureReview();
            })
            .UseLightweightSessions()
            .AddAsyncDaemon(NodeOptions.DaemonFor(role))
            .IntegrateWithWolverine();

        builder.Services.AddSingleton<IConfigureMarten, IdOnlyMartenLogging>();
        builder.Services.AddSingleton(new IndexedListCatalog([.. ReviewLists.All, .. JudgingLists.All], storage.Schema));
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(storage.ConnectionString));
        builder.Services.AddSingleton(services => new IndexedListReader(
            services.GetRequiredService<NpgsqlDataSource>(), services.GetRequiredService<IDocumentStore>(), storage.Schema));
        builder.Services.AddSingleton<ReviewQueueQuery>();
        builder.Services.AddHostedService<IndexedListBackfill>();
        // After IndexedListBackfill, which applies the schema changes this one fills.
        builder.Services.AddHostedService<ClaimCheck.Api.Judging.ClaimsBackfill>();

        builder.UseWolverine(opts =>
        {
            opts.ServiceName = "claimcheck";  // also names Wolverine's meter, Wolverine:claimcheck (see AddClaimCheckTelemetry)
            // The command line hosts this service too; handlers and endpoints live in this assembly either way.
            opts.ApplicationAssembly = typeof(ClaimCheckServices).Assembly;
            // Handler and endpoint code is generated ahead of time (ops/codegen) and compiled into this assembly,
            // so the service never runs Roslyn; see HandlerCodeGeneration.
            opts.CodeGeneration.TypeLoadMode = HandlerCodeGeneration.TypeLoadMode(builder.Configuration);
            if (HandlerCodeGeneration.OutputPath(builder.Configuration) is { } generatedCodePath)
                opts.CodeGeneration.GeneratedCodeOutputPath = generatedCodePath;
            // Balanced: every process on the database is a node; a dead node's queued messages go to a live one (NodeOptions).
            nodes.Apply(opts.Durability, role);
            opts.Policies.AutoApplyTransactions();
            opts.Policies.UseDurableLocalQueues();
            // Articles are judged in parallel; two that find the same pair take its case lock in turn (CaseLocks).
            opts.LocalQueueFor<JudgeArticleClaims>().MaximumParallelMessages(Math.Max(1, judging.Parallelism));
            opts.Policies.OnException<ConcurrencyException>().RetryWithCooldown(
                TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(250));
            // Two deliveries of one message racing to open the same stream: the retry finds it and adds nothing.
            opts.Policies.OnException<Marten.Exceptions.ExistingStreamIdCollisionException>().RetryTimes(2);
            // An extraction that throws gets the budget's attempts; its handler records ExtractionFailed on the last one.
            opts.Policies.OnException<ExtractionThrew>().RetryWithCooldown(
                Enumerable.Range(1, Math.Max(1, extractionBudget.Attempts - 1)).Select(i => TimeSpan.FromMilliseconds(100 * i)).ToArray());
            // A database that went away (restart, fail-over, dropped connection mid-commit) delays work; it does not dead-letter it.
            opts.Policies.OnException(StoreResilience.IsTransient, "transient database failure")
                .RetryWithCooldown(StoreResilience.OutageRetries);
        });

        builder.AddClaimCheckTelemetry(wolverineServiceName: "claimcheck");
        builder.Services.AddSingleton<ClaimCheck.Api.Operations.DeadLetterInbox>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Health").Get<BacklogThresholds>() ?? new BacklogThresholds());
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: ["ready"])
            .AddCheck<BacklogHealthCheck>("backlog", tags: ["ready"]);
        return builder;
    }
}
