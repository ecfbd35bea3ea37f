using Marten;

namespace ClaimCheck.Api.Audit;

/// <summary>A read model that does not match what replaying its stream produces.</summary>
public sealed record ReadModelDifference(string ReadModel, Guid StreamId, string Stored, string Replayed);

public sealed record ReplayReport(int StreamsChecked, int DocumentsCompared, IReadOnlyList<ReadModelDifference> Differences)
{
    public bool Matches => Differences.Count == 0;
}

/// <summary>
/// Replays every stream through every inline read model and compares the result with the stored
/// document, field by field through the store's own serializer. A difference means the stored read
/// model was altered, or written by code that no longer agrees with the events.
/// </summary>
public sealed class ReadModelReplay(IDocumentStore store, IEnumerable<ReplayableReadModel> readModels)
{
    public async Task<ReplayReport> RunAsync(CancellationToken cancellation)
    {
        await using var session = store.QuerySession();
        var streams = await session.AdvancedSql.QueryAsync<Guid>(
            $"select id from {store.Options.Events.DatabaseSchemaName}.mt_streams order by id", cancellation);
        var checks = readModels.ToArray();
        var differences = new List<ReadModelDifference>();
        var compared = 0;
        foreach (var streamId in streams)
        {
            foreach (var check in checks)
            {
                compared++;
                if (await check.CompareAsync(session, streamId, cancellation) is { } difference)
                    differences.Add(difference);
            }
        }
        return new ReplayReport(streams.Count, compared, differences);
    }
}

/// <summary>A stream-aggregated read model whose stored documents can be checked against a replay.</summary>
public sealed class ReplayableReadModel
{
    private ReplayableReadModel(string name, Func<IQuerySession, Guid, CancellationToken, Task<ReadModelDifference?>> compare)
    {
        Name = name;
        CompareAsync = compare;
    }

    public string Name { get; }

    public Func<IQuerySession, Guid, CancellationToken, Task<ReadModelDifference?>> CompareAsync { get; }

    public static ReplayableReadModel For<T>() where T : class => new(typeof(T).Name, async (session, streamId, cancellation) =>
    {
        var replayed = await session.Events.AggregateStreamAsync<T>(streamId, token: cancellation);
        var stored = await session.LoadAsync<T>(streamId, cancellation);
        var serializer = session.DocumentStore.Options.Serializer();
        var replayedJson = replayed is null ? "null" : serializer.ToJson(replayed);
        var storedJson = stored is null ? "null" : serializer.ToJson(stored);
        return replayedJson == storedJson ? null : new ReadModelDifference(typeof(T).Name, streamId, storedJson, replayedJson);
    });
}
