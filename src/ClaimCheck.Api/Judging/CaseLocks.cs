using Marten;
using Npgsql;
using NpgsqlTypes;

namespace ClaimCheck.Api.Judging;

/// <summary>
/// Transaction-scoped PostgreSQL advisory locks on case ids, so judges running at once never both open one case.
/// The session's transaction is started here and the locks last until it commits or rolls back; they are taken in
/// ascending key order in one statement, so two judges wanting overlapping cases cannot deadlock on them.
/// </summary>
public static class CaseLocks
{
    public static async Task AcquireAsync(IDocumentSession session, IReadOnlyCollection<Guid> caseIds, CancellationToken cancellation)
    {
        if (caseIds.Count == 0) return;
        var keys = caseIds.Select(KeyOf).Distinct().Order().ToArray();
        await session.BeginTransactionAsync(cancellation);
        var connection = session.Connection ?? throw new InvalidOperationException("The session has no open connection after starting its transaction.");
        // unnest returns the keys in array order and the locks are taken row by row in that order.
        await using var command = new NpgsqlCommand("select count(pg_advisory_xact_lock(key)) from unnest(@keys) as key", connection);
        command.Parameters.Add(new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = keys });
        await command.ExecuteScalarAsync(cancellation);
    }

    /// <summary>The first 8 bytes of the case id: case ids are SHA-256 based, so collisions are as rare as for any 64-bit hash (and only make two judges wait).</summary>
    public static long KeyOf(Guid caseId)
    {
        Span<byte> bytes = stackalloc byte[16];
        caseId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]);
    }
}
