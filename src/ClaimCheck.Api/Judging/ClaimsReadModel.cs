using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using ClaimCheck.Judging;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events.Aggregation;
using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ClaimCheck.Api.Judging;

/// <summary>
/// The claims read model: one row per current claim of every article, kept by the article projection in the same
/// transaction as the events that change it (<see cref="ArticleQuotesProjection"/>). Searchable by PostgreSQL's
/// own text search (a stored, position-free tsvector of the claim's sentence under the article language's
/// configuration, GIN-indexed), by pg_trgm trigrams on the quoted words, and by the people involved.
/// </summary>
public static class ClaimsTable
{
    public const string Name = "cc_claims";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static void ConfigureClaimsTable(this StoreOptions opts, string schema)
    {
        opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        opts.Storage.ExtendedSchemaObjects.Add(Define(schema));
    }

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name));
        table.AddColumn<Guid>("claim_id").AsPrimaryKey();
        table.AddColumn<Guid>("article_id").NotNull();
        table.AddColumn("effective_date", "timestamp with time zone").NotNull();
        table.AddColumn("kind", "text").NotNull();
        table.AddColumn("is_quote", "boolean").NotNull();
        table.AddColumn("quote_words", "integer").NotNull();
        table.AddColumn("speaker_id", "text");
        table.AddColumn("speaker", "text");
        table.AddColumn("cue", "text");
        table.AddColumn("entities", "text[]").NotNull();
        table.AddColumn("subject", "text");
        table.AddColumn("object", "text");
        table.AddColumn("predicate", "text").NotNull();
        table.AddColumn("predicate_family", "text").NotNull();
        table.AddColumn("polarity", "text").NotNull();
        table.AddColumn("modality", "text").NotNull();
        table.AddColumn("numbers", "jsonb").NotNull();
        table.AddColumn("language", "text").NotNull();
        table.AddColumn("search_config", "regconfig").NotNull();
        table.AddColumn("text", "text").NotNull();
        table.AddColumn("sentence", "text").NotNull();
        table.AddColumn("extractor_version", "text").NotNull();
        table.AddColumn("frame", "jsonb").NotNull();
        table.AddColumn("tsv", "tsvector").GeneratedAs(
            "strip(to_tsvector(search_config, case when sentence = '' then text else sentence end))");

        table.Indexes.Add(new IndexDefinition($"ix_{Name}_article") { Columns = ["article_id"] });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_entities") { Columns = ["entities"], Method = IndexMethod.gin });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_tsv") { Columns = ["tsv"], Method = IndexMethod.gin });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_quote_trgm")
        {
            Columns = ["text"],
            Method = IndexMethod.gin,
            Mask = "? gin_trgm_ops",
            Predicate = $"is_quote and quote_words >= {QuoteVerification.MinimumWords}",
        });
        return table;
    }

    /// <summary>Replaces an article's rows with its current claims (queued on the projecting session).</summary>
    public static void QueueReplace(IDocumentOperations operations, string schema, ArticleQuotes article)
    {
        operations.QueueSqlCommand($"delete from {schema}.{Name} where article_id = ?", article.Id);
        foreach (var stored in StoredClaim.Of(article))
        {
            var claim = stored.Claim;
            var frame = claim.Frame;
            operations.QueueSqlCommand(
                $"insert into {schema}.{Name} (claim_id, article_id, effective_date, kind, is_quote, quote_words, speaker_id, speaker, cue, entities, " +
                "subject, object, predicate, predicate_family, polarity, modality, numbers, language, search_config, text, sentence, extractor_version, frame) " +
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::regconfig, ?, ?, ?, ?::jsonb)",
                claim.ClaimId, claim.ArticleId, claim.PublishedAt.ToUniversalTime(), claim.Kind.ToString(), QuoteVerification.IsQuote(claim),
                ClaimRetrieval.QuoteWords(claim), Db(claim.SpeakerId), Db(stored.Speaker), Db(stored.Cue), ClaimRetrieval.Entities(claim).ToArray(),
                Db(frame.Subject), Db(frame.Object), frame.Predicate, PredicateRelatedness.Family(frame.Predicate), frame.Polarity.ToString(),
                frame.Modality.ToString(), JsonSerializer.Serialize(frame.Numbers, Json), stored.Language, ClaimTerms.ConfigurationFor(stored.Language),
                claim.Text, claim.Sentence, claim.ExtractorVersion, JsonSerializer.Serialize(frame, Json));
        }
    }

    private static object Db(string? value) => (object?)value ?? DBNull.Value;
}

/// <summary>
/// The article's quotes snapshot (the aggregate's own Create/Apply), plus the claims rows as an inline side effect:
/// whenever an extraction or a reattribution changes the article's current claims, its rows are replaced in the same
/// transaction, so superseded extractor versions leave no row and a reattributed quote's row names the corrected speaker.
/// </summary>
public sealed partial class ArticleQuotesProjection : SingleStreamProjection<ArticleQuotes, Guid>
{
    private readonly string _schema;

    public ArticleQuotesProjection(string schema) => _schema = schema;

    public static ArticleQuotes Create(ArticleIngested e) => ArticleQuotes.Create(e);

    public static ArticleQuotes Apply(QuotesExtracted e, ArticleQuotes current) => current.Apply(e);

    public static ArticleQuotes Apply(ExtractionFailed e, ArticleQuotes current) => current.Apply(e);

    public static ArticleQuotes Apply(QuoteReattributed e, ArticleQuotes current) => current.Apply(e);

    public override ValueTask RaiseSideEffects(IDocumentOperations operations, IEventSlice<ArticleQuotes> slice)
    {
        if (slice.Snapshot is { } article && slice.Events().Any(e => e.Data is QuotesExtracted or QuoteReattributed))
            ClaimsTable.QueueReplace(operations, _schema, article);
        return ValueTask.CompletedTask;
    }
}
