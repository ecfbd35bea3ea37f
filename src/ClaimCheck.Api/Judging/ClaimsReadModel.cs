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
/// configuration, GIN-indexed), by the quote's keys (<see cref="ClaimRetrieval.QuoteKeys"/>, GIN-indexed; pg_trgm
/// compares the quoted words of the quotes they find), and by the people involved (<see cref="DefinePeople"/>).
/// </summary>
public static class ClaimsTable
{
    public const string Name = "cc_claims";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The claims' people, one row per claim and person, walked newest first by the topical lookup.</summary>
    public const string PeopleName = "cc_claim_people";

    public static void ConfigureClaimsTable(this StoreOptions opts, string schema)
    {
        opts.Storage.ExtendedSchemaObjects.Add(new Extension("pg_trgm"));
        var claims = Define(schema);
        opts.Storage.ExtendedSchemaObjects.Add(claims);
        opts.Storage.ExtendedSchemaObjects.Add(DefinePeople(schema, claims));
    }

    public static Table Define(string schema)
    {
        var table = new Table(new PostgresqlObjectName(schema, Name, SchemaUtils.IdentifierUsage.General));
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
        // A default, so the column can be added to a table written before it (ClaimsBackfill fills it).
        table.AddColumn("quote_keys", "text[]").NotNull().DefaultValueByExpression("'{}'");
        table.AddColumn("tsv", "tsvector").GeneratedAs(
            "strip(to_tsvector(search_config, case when sentence = '' then text else sentence end))");

        table.Indexes.Add(new IndexDefinition($"ix_{Name}_article") { Columns = ["article_id"] });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_tsv") { Columns = ["tsv"], Method = IndexMethod.gin });
        table.Indexes.Add(new IndexDefinition($"ix_{Name}_quote_keys") { Columns = ["quote_keys"], Method = IndexMethod.gin });
        return table;
    }

    /// <summary>
    /// One row per claim and person involved (<see cref="ClaimRetrieval.Entities"/>), with the claim's date, so a
    /// person's claims can be walked newest first through one btree (person, date, claim) and the walk stops after
    /// the topical ceiling: the cost of a lookup follows the ceiling, not how many claims a person has. Rows go with
    /// their claim (on delete cascade) and are written from the claims rows themselves (<see cref="PeopleInsertSql"/>).
    /// </summary>
    public static Table DefinePeople(string schema, Table claims)
    {
        var table = new Table(new PostgresqlObjectName(schema, PeopleName, SchemaUtils.IdentifierUsage.General));
        table.AddColumn<Guid>("claim_id").AsPrimaryKey()
            .ForeignKeyTo(claims, "claim_id", $"fk_{PeopleName}_claim", Weasel.Core.CascadeAction.Cascade, Weasel.Core.CascadeAction.NoAction);
        table.AddColumn("entity", "text").AsPrimaryKey();
        table.AddColumn("effective_date", "timestamp with time zone").NotNull();
        table.AddColumn<Guid>("article_id").NotNull();
        table.Indexes.Add(new IndexDefinition($"ix_{PeopleName}_walk") { Columns = ["entity", "effective_date", "claim_id"] });
        return table;
    }

    /// <summary>Fills the people rows of the claims rows matching <paramref name="where"/> (a condition on <c>c</c>).</summary>
    public static string PeopleInsertSql(string schema, string where) =>
        $"insert into {schema}.{PeopleName} (claim_id, entity, effective_date, article_id) " +
        $"select c.claim_id, e.entity, c.effective_date, c.article_id from {schema}.{Name} c cross join lateral unnest(c.entities) as e(entity) where {where}";

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
                "subject, object, predicate, predicate_family, polarity, modality, numbers, language, search_config, text, sentence, extractor_version, frame, quote_keys) " +
                "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?::regconfig, ?, ?, ?, ?::jsonb, ?)",
                claim.ClaimId, claim.ArticleId, claim.PublishedAt.ToUniversalTime(), claim.Kind.ToString(), QuoteVerification.IsQuote(claim),
                ClaimRetrieval.QuoteWords(claim), Db(claim.SpeakerId), Db(stored.Speaker), Db(stored.Cue), ClaimRetrieval.Entities(claim).ToArray(),
                Db(frame.Subject), Db(frame.Object), frame.Predicate, PredicateRelatedness.Family(frame.Predicate), frame.Polarity.ToString(),
                frame.Modality.ToString(), JsonSerializer.Serialize(frame.Numbers, Json), stored.Language, ClaimTerms.ConfigurationFor(stored.Language),
                claim.Text, claim.Sentence, claim.ExtractorVersion, JsonSerializer.Serialize(frame, Json), ClaimRetrieval.QuoteKeys(stored).ToArray());
        }
        operations.QueueSqlCommand(PeopleInsertSql(schema, "c.article_id = ?"), article.Id);
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
