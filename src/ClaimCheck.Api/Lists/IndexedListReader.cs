using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Marten;
using Npgsql;
using NpgsqlTypes;

namespace ClaimCheck.Api.Lists;

/// <summary>Where the next page starts: the sort key of the last row shown, and that next page's number.</summary>
public sealed record ListCursor(double Rank, DateTime At, Guid Id, int Page)
{
    public string Encode()
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"1|{Rank:R}|{At.Ticks}|{Id:N}|{Page}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(text));
    }

    /// <summary>Null for anything that is not a cursor this service wrote.</summary>
    public static ListCursor? Decode(string raw)
    {
        if (raw.Length > 200) return null;
        string text;
        try { text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(raw)); }
        catch (FormatException) { return null; }
        var parts = text.Split('|');
        return parts.Length == 5 && parts[0] == "1"
               && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var rank) && (double.IsFinite(rank) || double.IsNegativeInfinity(rank))
               && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks is >= 0 and <= 3155378975999999999
               && Guid.TryParseExact(parts[3], "N", out var id)
               && int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 2
            ? new ListCursor(rank, new DateTime(ticks, DateTimeKind.Utc), id, page)
            : null;
    }
}

/// <summary>One filter of a list request: documents listed under this facet value.</summary>
public sealed record ListFilter(string Facet, string Value);

/// <summary>
/// A request for one page of an <see cref="IndexedList"/>. The first filter drives the index scan; the others are
/// checked against the document's own entries. <paramref name="MaxRank"/> and <paramref name="MinRank"/> bound the
/// sort key, inclusive (a minimum score).
/// </summary>
public sealed record ListRequest(
    IReadOnlyList<ListFilter> Filters, short? State, double? MaxRank, double? MinRank, ListCursor? After, int PageNumber, int PageSize)
{
    /// <summary>
    /// The rank bounds of "score at least <paramref name="min"/>" in a list ranked by score descending (rank = minus the
    /// score): rank up to -min, and above -Infinity, the rank of an item without a score, which never passes a minimum.
    /// </summary>
    public static (double? MaxRank, double? MinRank) ScoreAtLeast(double? min) => min is { } m ? (-m, -double.MaxValue) : (null, null);
}

public sealed record ListPage<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, long TotalCount, bool HasNextPage, ListCursor? Next);

/// <summary>
/// Reads pages of an indexed list with plain SQL over its entries (keyset: no page costs more than its rows,
/// whatever its depth; a page number without a cursor skips rows and costs what it skips), and its total from the
/// count table when the request is one facet value (and state) without a score bound, which is what a queue
/// screen asks; other combinations are counted over the driving facet's entries.
/// </summary>
public sealed class IndexedListReader(NpgsqlDataSource dataSource, IDocumentStore store, string schema)
{
    public async Task<ListPage<T>> ReadAsync<T>(IndexedList list, ListRequest request, CancellationToken cancellation)
    {
        var page = await PageAsync<T>(list, request, cancellation);
        var total = await CountAsync(list, request, cancellation);
        return page with { TotalCount = total };
    }

    public async Task<ListPage<T>> PageAsync<T>(IndexedList list, ListRequest request, CancellationToken cancellation)
    {
        await using var command = PageCommand(list, request);
        var serializer = store.Options.Serializer();
        var items = new List<T>(request.PageSize);
        (double Rank, DateTime At, Guid Id) last = default;
        var more = false;
        await using (var reader = await command.ExecuteReaderAsync(cancellation))
            while (await reader.ReadAsync(cancellation))
            {
                if (items.Count == request.PageSize) { more = true; break; }
                items.Add(serializer.FromJson<T>(reader, 0));
                last = (reader.GetDouble(1), reader.GetDateTime(2), reader.GetGuid(3));
            }
        var pageNumber = request.After?.Page ?? request.PageNumber;
        var next = more ? new ListCursor(last.Rank, last.At, last.Id, pageNumber + 1) : null;
        return new ListPage<T>(items, pageNumber, request.PageSize, 0, more, next);
    }

    public NpgsqlCommand PageCommand(IndexedList list, ListRequest request)
    {
        var command = dataSource.CreateCommand();
        var table = IndexedLists.Name(schema, list.DocumentTable).QualifiedName;
        var sql = new StringBuilder($"SELECT d.data, e.rank, e.at, e.item_id FROM {schema}.{IndexedLists.EntryTable} e JOIN {table} d ON d.id = e.item_id WHERE ");
        Where(sql, command, list, request);
        if (request.After is { } after)
        {
            sql.Append(" AND (e.rank, e.at, e.item_id) > (@after_rank, @after_at, @after_id)");
            command.Parameters.Add(new NpgsqlParameter("after_rank", NpgsqlDbType.Double) { Value = after.Rank });
            command.Parameters.Add(new NpgsqlParameter("after_at", NpgsqlDbType.TimestampTz) { Value = after.At });
            command.Parameters.Add(new NpgsqlParameter("after_id", NpgsqlDbType.Uuid) { Value = after.Id });
        }
        sql.Append(" ORDER BY e.rank, e.at, e.item_id LIMIT @take");
        command.Parameters.Add(new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = request.PageSize + 1 });
        if (request.After is null && request.PageNumber > 1)
        {
            sql.Append(" OFFSET @skip");
            command.Parameters.Add(new NpgsqlParameter("skip", NpgsqlDbType.Bigint) { Value = (long)(request.PageNumber - 1) * request.PageSize });
        }
        command.CommandText = sql.ToString();
        return command;
    }

    public async Task<long> CountAsync(IndexedList list, ListRequest request, CancellationToken cancellation)
    {
        await using var command = CountCommand(list, request);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellation), CultureInfo.InvariantCulture);
    }

    public NpgsqlCommand CountCommand(IndexedList list, ListRequest request) => Counting(list, request, byState: false);

    /// <summary>
    /// How many items the request's filters match in each state (its own state, cursor and page ignored), from the
    /// same rows as <see cref="CountAsync"/>: the count table for one facet value, the driving facet's entries otherwise.
    /// A state with no item is absent.
    /// </summary>
    public async Task<IReadOnlyDictionary<short, long>> StateCountsAsync(IndexedList list, ListRequest request, CancellationToken cancellation)
    {
        await using var command = StateCountsCommand(list, request);
        var counts = new Dictionary<short, long>();
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
            if (reader.GetInt64(1) is > 0 and var items) counts[reader.GetInt16(0)] = items;
        return counts;
    }

    public NpgsqlCommand StateCountsCommand(IndexedList list, ListRequest request) =>
        Counting(list, request with { State = null, After = null, PageNumber = 1 }, byState: true);

    private NpgsqlCommand Counting(IndexedList list, ListRequest request, bool byState)
    {
        var command = dataSource.CreateCommand();
        var driving = Driving(request);
        if (request.Filters.Count <= 1 && request.MaxRank is null && request.MinRank is null)
        {
            command.CommandText = $"SELECT {(byState ? "state, " : "")}coalesce(sum(items), 0)::bigint FROM {schema}.{IndexedLists.CountTable} " +
                                  $"WHERE list = @list AND facet = @facet AND value = @value{(request.State is null ? "" : " AND state = @state")}" +
                                  (byState ? " GROUP BY state" : "");
            command.Parameters.Add(new NpgsqlParameter("list", NpgsqlDbType.Text) { Value = list.Name });
            command.Parameters.Add(new NpgsqlParameter("facet", NpgsqlDbType.Text) { Value = driving.Facet });
            command.Parameters.Add(new NpgsqlParameter("value", NpgsqlDbType.Text) { Value = driving.Value });
            if (request.State is { } state) command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Smallint) { Value = state });
            return command;
        }
        var sql = new StringBuilder($"SELECT {(byState ? "e.state, " : "")}count(*) FROM {schema}.{IndexedLists.EntryTable} e WHERE ");
        Where(sql, command, list, request);
        if (byState) sql.Append(" GROUP BY e.state");
        command.CommandText = sql.ToString();
        return command;
    }

    private static ListFilter Driving(ListRequest request) => request.Filters.Count > 0 ? request.Filters[0] : new ListFilter("all", "");

    private void Where(StringBuilder sql, NpgsqlCommand command, IndexedList list, ListRequest request)
    {
        var driving = Driving(request);
        sql.Append("e.list = @list AND e.facet = @facet AND e.value = @value");
        command.Parameters.Add(new NpgsqlParameter("list", NpgsqlDbType.Text) { Value = list.Name });
        command.Parameters.Add(new NpgsqlParameter("facet", NpgsqlDbType.Text) { Value = driving.Facet });
        command.Parameters.Add(new NpgsqlParameter("value", NpgsqlDbType.Text) { Value = driving.Value });
        if (request.State is { } state)
        {
            sql.Append(" AND e.state = @state");
            command.Parameters.Add(new NpgsqlParameter("state", NpgsqlDbType.Smallint) { Value = state });
        }
        if (request.MaxRank is { } maxRank)
        {
            sql.Append(" AND e.rank <= @max_rank");
            command.Parameters.Add(new NpgsqlParameter("max_rank", NpgsqlDbType.Double) { Value = maxRank });
        }
        if (request.MinRank is { } minRank)
        {
            sql.Append(" AND e.rank >= @min_rank");
            command.Parameters.Add(new NpgsqlParameter("min_rank", NpgsqlDbType.Double) { Value = minRank });
        }
        for (var i = 1; i < request.Filters.Count; i++)
        {
            sql.Append(CultureInfo.InvariantCulture,
                $" AND EXISTS (SELECT 1 FROM {schema}.{IndexedLists.EntryTable} x WHERE x.item_id = e.item_id AND x.list = @list AND x.facet = @facet{i} AND x.value = @value{i})");
            command.Parameters.Add(new NpgsqlParameter($"facet{i}", NpgsqlDbType.Text) { Value = request.Filters[i].Facet });
            command.Parameters.Add(new NpgsqlParameter($"value{i}", NpgsqlDbType.Text) { Value = request.Filters[i].Value });
        }
    }
}
