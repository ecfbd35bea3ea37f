using Weasel.Core;
using Weasel.Postgresql;
using Weasel.Postgresql.Tables;

namespace ClaimCheck.Api.Lists;

/// <summary>
/// A list that reviewers page through (the review queue, the published ClaimReviews), served from real indexed
/// columns instead of JSONB. <see cref="EntriesSql"/> turns one stored document (<c>d</c>, its JSONB) into the
/// rows it is listed under: one per (facet, value) it can be filtered by, each with the case state and the sort key
/// (<c>rank</c> ascending, then <c>at</c>, then the document id). A facet <c>all</c> row lists the document unfiltered.
/// </summary>
/// <param name="Version">Bump when <see cref="EntriesSql"/> changes: the entries are rebuilt at the next start.</param>
/// <param name="DocumentTable">The document's Marten table, unqualified (<c>mt_doc_</c> + the type's name in lower case).</param>
public sealed record IndexedList(string Name, string DocumentTable, string EntriesSql, int Version);

/// <summary>
/// The tables behind every <see cref="IndexedList"/>, kept by a trigger on each document table in the same
/// transaction as the inline projection that writes the document, so the list never lags its read model:
/// <c>cc_list_entry</c> (what is listed, keyed for keyset paging) and <c>cc_list_count</c> (how many per facet
/// value and state, so a page never counts the rows it does not show).
/// </summary>
public static class IndexedLists
{
    public const string EntryTable = "cc_list_entry";
    public const string CountTable = "cc_list_count";
    public const string BuiltTable = "cc_list_built";

    /// <summary>The three tables, migrated by <see cref="IndexedListBackfill"/> at start-up.</summary>
    public static Table[] Tables(string schema)
    {
        var entries = new Table(Name(schema, EntryTable));
        entries.AddColumn<string>("list").NotNull();
        entries.AddColumn<string>("facet").NotNull();
        entries.AddColumn<string>("value").NotNull();
        entries.AddColumn("state", "smallint").NotNull();
        entries.AddColumn("rank", "double precision").NotNull();
        entries.AddColumn("at", "timestamptz").NotNull();
        entries.AddColumn<Guid>("item_id").NotNull();
        // Filter + sort in one index for each shape of request: with a state, and across states.
        entries.Indexes.Add(new IndexDefinition($"ix_{EntryTable}_state") { Columns = ["list", "facet", "value", "state", "rank", "at", "item_id"] });
        entries.Indexes.Add(new IndexDefinition($"ix_{EntryTable}_any") { Columns = ["list", "facet", "value", "rank", "at", "item_id"] });
        // A document's own rows: replaced on each write, and probed for the second filter of a combined query.
        entries.Indexes.Add(new IndexDefinition($"ix_{EntryTable}_item") { Columns = ["item_id", "list", "facet", "value"] });

        var counts = new Table(Name(schema, CountTable));
        counts.AddColumn<string>("list").AsPrimaryKey();
        counts.AddColumn<string>("facet").AsPrimaryKey();
        counts.AddColumn<string>("value").AsPrimaryKey();
        counts.AddColumn("state", "smallint").AsPrimaryKey();
        counts.AddColumn<long>("items").NotNull();

        var built = new Table(Name(schema, BuiltTable));
        built.AddColumn<string>("list").AsPrimaryKey();
        built.AddColumn<int>("version").NotNull();
        return [entries, counts, built];
    }

    /// <summary>
    /// The functions and the triggers that call them, as one script of <c>CREATE OR REPLACE</c> statements: run in one
    /// transaction when its hash changes, so a trigger is never missing while documents are written (a drop and
    /// re-create would let writes slip through uncounted).
    /// </summary>
    public static string RoutinesSql(IReadOnlyList<IndexedList> lists, string schema)
    {
        var sql = new System.Text.StringBuilder();
        foreach (var list in lists)
        {
            var table = Name(schema, list.DocumentTable).QualifiedName;
            var name = list.Name.Replace('-', '_');
            sql.AppendLine(EntriesFunction(schema, list)).AppendLine(MaintainFunction(schema, list)).AppendLine(TruncatedFunction(schema, list));
            sql.AppendLine($"CREATE OR REPLACE TRIGGER cc_{name}_rows AFTER INSERT OR UPDATE OR DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {schema}.cc_{name}_maintain();");
            sql.AppendLine($"CREATE OR REPLACE TRIGGER cc_{name}_truncate AFTER TRUNCATE ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {schema}.cc_{name}_truncated();");
        }
        return sql.ToString();
    }

    public static PostgresqlObjectName Name(string schema, string name) => new(schema, name, SchemaUtils.IdentifierUsage.General);

    /// <summary>The rows a document is listed under; STRICT, so a missing document (OLD on insert) has none.</summary>
    private static string EntriesFunction(string schema, IndexedList list) => $"""
        CREATE OR REPLACE FUNCTION {schema}.cc_{list.Name.Replace('-', '_')}_entries(d jsonb)
        RETURNS TABLE(facet text, value text, state smallint, rank double precision, at timestamptz)
        LANGUAGE sql STABLE STRICT AS $$
        {list.EntriesSql}
        $$;
        """;

    /// <summary>
    /// Replaces the document's entries and applies the count deltas in one statement whose keys are sorted, so two
    /// writers of different documents take the count rows' locks in the same order.
    /// </summary>
    private static string MaintainFunction(string schema, IndexedList list)
    {
        var name = list.Name.Replace('-', '_');
        return $$"""
            CREATE OR REPLACE FUNCTION {{schema}}.cc_{{name}}_maintain() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              old_data jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.data END;
              new_data jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.data END;
              item uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
            BEGIN
              IF TG_OP = 'UPDATE' AND old_data IS NOT DISTINCT FROM new_data THEN RETURN NULL; END IF;
              IF TG_OP <> 'INSERT' THEN
                DELETE FROM {{schema}}.{{EntryTable}} WHERE item_id = item AND list = '{{list.Name}}';
              END IF;
              IF TG_OP <> 'DELETE' THEN
                INSERT INTO {{schema}}.{{EntryTable}} (list, facet, value, state, rank, at, item_id)
                SELECT '{{list.Name}}', e.facet, e.value, e.state, e.rank, e.at, item FROM {{schema}}.cc_{{name}}_entries(new_data) e;
              END IF;
              INSERT INTO {{schema}}.{{CountTable}} AS c (list, facet, value, state, items)
              SELECT '{{list.Name}}', x.facet, x.value, x.state, sum(x.delta)
              FROM (SELECT o.facet, o.value, o.state, -1 AS delta FROM {{schema}}.cc_{{name}}_entries(old_data) o
                    UNION ALL
                    SELECT n.facet, n.value, n.state, 1 FROM {{schema}}.cc_{{name}}_entries(new_data) n) x
              GROUP BY x.facet, x.value, x.state
              HAVING sum(x.delta) <> 0
              ORDER BY x.facet, x.value, x.state
              ON CONFLICT (list, facet, value, state) DO UPDATE SET items = c.items + excluded.items;
              RETURN NULL;
            END
            $$;
            """;
    }

    private static string TruncatedFunction(string schema, IndexedList list) => $$"""
        CREATE OR REPLACE FUNCTION {{schema}}.cc_{{list.Name.Replace('-', '_')}}_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          DELETE FROM {{schema}}.{{EntryTable}} WHERE list = '{{list.Name}}';
          DELETE FROM {{schema}}.{{CountTable}} WHERE list = '{{list.Name}}';
          RETURN NULL;
        END
        $$;
        """;

    /// <summary>
    /// Rebuilds a list's entries and counts from the stored documents: run by <see cref="IndexedListBackfill"/> on a
    /// database written before the list existed or after its entry definition changed, with the document table
    /// locked against writers (SHARE) so no change slips between the rebuild and the trigger.
    /// </summary>
    public static string RebuildSql(string schema, IndexedList list)
    {
        var name = list.Name.Replace('-', '_');
        var table = Name(schema, list.DocumentTable);
        return $"""
            LOCK TABLE {table.QualifiedName} IN SHARE MODE;
            DELETE FROM {schema}.{EntryTable} WHERE list = '{list.Name}';
            DELETE FROM {schema}.{CountTable} WHERE list = '{list.Name}';
            INSERT INTO {schema}.{EntryTable} (list, facet, value, state, rank, at, item_id)
            SELECT '{list.Name}', e.facet, e.value, e.state, e.rank, e.at, d.id
            FROM {table.QualifiedName} d, {schema}.cc_{name}_entries(d.data) e;
            INSERT INTO {schema}.{CountTable} (list, facet, value, state, items)
            SELECT list, facet, value, state, count(*) FROM {schema}.{EntryTable} WHERE list = '{list.Name}'
            GROUP BY list, facet, value, state;
            INSERT INTO {schema}.{BuiltTable} (list, version) VALUES ('{list.Name}', {list.Version})
            ON CONFLICT (list) DO UPDATE SET version = excluded.version;
            """;
    }
}
