using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Audit;

/// <summary>
/// Everything about a stored event that the chain protects: its place in the stream, its type, its data (as
/// <see cref="CanonicalJson"/>) and the metadata saying when, by whom and why it was appended.
/// </summary>
public sealed record HashedEventContent(
    string StreamId,
    long Version,
    string EventType,
    string CanonicalData,
    DateTimeOffset Timestamp,
    string? UserName,
    string? CorrelationId,
    string? CausationId);

/// <summary>
/// The stored link of a stream's hash chain, independent of where it is kept (a Marten document keyed by
/// <see cref="Id"/>, event headers, or an external append-only log).
/// </summary>
public sealed record EventHashRecorded(
    string StreamId,
    long Version,
    string EventType,
    string PreviousHash,
    string Hash,
    string Algorithm)
{
    public string Id => $"{StreamId}:{Version.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>
/// Tamper evidence for event streams: each event's hash covers its content, its metadata and the previous event's
/// hash, so changing, removing or reordering any event breaks every hash after it.
/// </summary>
public static class EventHashChain
{
    public const string Algorithm = "sha256-chain-v1";

    /// <summary>The "previous hash" of a stream's first event.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>Lowercase hex SHA-256 of the event content chained to <paramref name="previousHash"/>.</summary>
    public static string Compute(HashedEventContent content, string previousHash)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        // Each field is length-prefixed, so no choice of field values can make two different events
        // serialize to the same bytes (a plain separator could be smuggled inside user-controlled text).
        Append(hash, Algorithm);
        Append(hash, content.StreamId);
        Append(hash, content.Version.ToString(CultureInfo.InvariantCulture));
        Append(hash, content.EventType);
        Append(hash, content.CanonicalData);
        Append(hash, NormalizeTimestamp(content.Timestamp));
        Append(hash, content.UserName);
        Append(hash, content.CorrelationId);
        Append(hash, content.CausationId);
        Append(hash, previousHash);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The link to store for an event appended after <paramref name="previous"/> (null for the first event).</summary>
    public static EventHashRecorded Link(HashedEventContent content, EventHashRecorded? previous)
    {
        var previousHash = previous?.Hash ?? GenesisHash;
        return new EventHashRecorded(
            content.StreamId, content.Version, content.EventType, previousHash, Compute(content, previousHash), Algorithm);
    }

    /// <summary>
    /// UTC with microsecond precision: PostgreSQL timestamptz keeps microseconds, .NET keeps 100 ns ticks, and the
    /// hash must be the same when computed before the append and after reading the event back.
    /// </summary>
    public static string NormalizeTimestamp(DateTimeOffset timestamp)
    {
        var utc = timestamp.UtcDateTime;
        var truncated = new DateTime(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);
        return truncated.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    private static void Append(IncrementalHash hash, string? field)
    {
        Span<byte> length = stackalloc byte[4];
        if (field is null)
        {
            // -1 keeps "no user" distinct from an empty user name.
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            hash.AppendData(length);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(field);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        hash.AppendData(length);
        hash.AppendData(bytes);
    }
}
