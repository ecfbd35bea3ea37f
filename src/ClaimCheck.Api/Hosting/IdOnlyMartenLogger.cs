using Marten;
using Marten.Services;
using Npgsql;

namespace ClaimCheck.Api.Hosting;

/// <summary>
/// Marten's logger without the data. Marten's default logger writes every parameter of a failed command, which for an
/// append is the whole event (article texts, key hashes) and for a document the whole document. This one records what
/// an operator needs to find the failure, the statement, the PostgreSQL error code and constraint and the ids
/// (uuid and integer parameters: stream ids, versions, sequences), never a text or JSON value.
/// </summary>
public sealed class IdOnlyMartenLogger(ILogger<IdOnlyMartenLogger> logger) : IMartenLogger, IMartenSessionLogger
{
    private const int MaxStatementLength = 160;

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => logger.LogDebug("Marten applied a schema change: {Sql}", sql);

    public void LogSuccess(NpgsqlCommand command)
    {
    }

    public void LogSuccess(NpgsqlBatch batch)
    {
    }

    public void LogFailure(NpgsqlCommand command, Exception ex) =>
        LogFailure(ex, [Statement(command.CommandText)], Ids(command.Parameters).ToArray());

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        LogFailure(ex,
            batch.BatchCommands.Cast<NpgsqlBatchCommand>().Select(c => Statement(c.CommandText)).Distinct().ToArray(),
            batch.BatchCommands.Cast<NpgsqlBatchCommand>().SelectMany(c => Ids(c.Parameters)).Distinct().ToArray());

    public void LogFailure(Exception ex, string message) =>
        logger.LogError("Marten failure: {Message} ({Error})", message, Describe(ex));

    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit)
    {
    }

    public void OnBeforeExecute(NpgsqlCommand command)
    {
    }

    public void OnBeforeExecute(NpgsqlBatch batch)
    {
    }

    private void LogFailure(Exception ex, IReadOnlyList<string> statements, IReadOnlyList<string> ids) =>
        logger.LogError("Marten command failed: {Error}; statements {Statements}; ids {Ids}",
            Describe(ex), string.Join(" | ", statements), string.Join(", ", ids));

    /// <summary>The exception's type and, for PostgreSQL errors, the SQLSTATE and constraint: never its message, which may quote a value.</summary>
    public static string Describe(Exception ex)
    {
        for (var inner = ex; inner is not null; inner = inner.InnerException)
            if (inner is PostgresException postgres)
                return $"{ex.GetType().Name} SQLSTATE {postgres.SqlState}{(postgres.ConstraintName is { } c ? $" constraint {c}" : "")}";
        return ex.GetType().Name;
    }

    private static string Statement(string sql)
    {
        var line = sql.ReplaceLineEndings(" ").Trim();
        return line.Length <= MaxStatementLength ? line : line[..MaxStatementLength] + "...";
    }

    private static IEnumerable<string> Ids(NpgsqlParameterCollection parameters) =>
        parameters.Cast<NpgsqlParameter>().Select(p => p.Value switch
        {
            Guid id => id.ToString(),
            long number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            int number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Guid[] ids => string.Join(",", ids),
            long[] numbers => string.Join(",", numbers),
            _ => null,
        }).OfType<string>();
}

/// <summary>Installs <see cref="IdOnlyMartenLogger"/> on the store (Marten would otherwise install its default logger).</summary>
public sealed class IdOnlyMartenLogging(ILogger<IdOnlyMartenLogger> logger) : IConfigureMarten
{
    public void Configure(IServiceProvider services, StoreOptions options) => options.Logger(new IdOnlyMartenLogger(logger));
}
