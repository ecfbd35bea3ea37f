namespace ClaimCheck.Language;

/// <summary>
/// Stable 64-bit feature ids: FNV-1a over UTF-16 code units, identical on every machine and run (unlike
/// <see cref="string.GetHashCode()"/>), computed over spans so extracting a feature allocates nothing.
/// A feature is usually <c>Combine(Of("suffix3"), word[^3..])</c>: a template id, then its value.
/// </summary>
public static class FeatureHash
{
    public const ulong Basis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>The id of a feature template name, e.g. <c>Of("w")</c>.</summary>
    public static ulong Of(ReadOnlySpan<char> name) => Combine(Basis, name);

    public static ulong Combine(ulong seed, ReadOnlySpan<char> value)
    {
        var hash = seed;
        foreach (var c in value)
            hash = (hash ^ c) * Prime;
        return (hash ^ 0xFFFF) * Prime;
    }

    /// <summary>As <see cref="Combine(ulong, ReadOnlySpan{char})"/> over the invariant lower case of <paramref name="value"/>.</summary>
    public static ulong CombineLower(ulong seed, ReadOnlySpan<char> value)
    {
        var hash = seed;
        foreach (var c in value)
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        return (hash ^ 0xFFFF) * Prime;
    }

    public static ulong Combine(ulong seed, ulong value)
    {
        var hash = seed;
        for (var shift = 0; shift < 64; shift += 16)
            hash = (hash ^ ((value >> shift) & 0xFFFF)) * Prime;
        return hash;
    }

    public static ulong Combine(ulong seed, int value) => Combine(seed, (ulong)(uint)value);
}
