using System.Globalization;

namespace ClaimCheck.Input;

/// <summary>
/// Parses query-string values strictly and records a message naming each bad parameter, instead of silently
/// falling back to a default. An absent or empty value is "not given". Read every parameter, then check
/// <see cref="Errors"/> once.
/// </summary>
public sealed class QueryReader(RequestLimits limits)
{
    public FieldErrors Errors { get; } = new();

    public RequestLimits Limits => limits;

    public int Int(string name, string? raw, int absent, int min, int max)
    {
        if (IsAbsent(raw)) return absent;
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Errors.Add(name, $"{name} must be a whole number from {min} to {max.ToString(CultureInfo.InvariantCulture)}.");
        return absent;
    }

    public long? Long(string name, string? raw, long min, long max)
    {
        if (IsAbsent(raw)) return null;
        if (long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Errors.Add(name, $"{name} must be a whole number from {min} to {max.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }

    /// <summary>A finite decimal number in [min, max]; NaN and infinities are refused.</summary>
    public double? Number(string name, string? raw, double min, double max)
    {
        if (IsAbsent(raw)) return null;
        if (double.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && value >= min && value <= max)
            return value;
        Errors.Add(name, $"{name} must be a number from {min.ToString(CultureInfo.InvariantCulture)} to {max.ToString(CultureInfo.InvariantCulture)}.");
        return null;
    }

    /// <summary>A GUID other than the empty one.</summary>
    public Guid? Id(string name, string? raw)
    {
        if (IsAbsent(raw)) return null;
        if (Guid.TryParse(raw, out var value) && value != Guid.Empty) return value;
        Errors.Add(name, $"{name} must be an id (a non-empty GUID such as 0195f3c2-8d0e-7c41-9a6b-3f1e2d4c5b6a).");
        return null;
    }

    /// <summary>A one-line filter value (<see cref="TextKind.Identifier"/>), trimmed.</summary>
    public string? Text(string name, string? raw)
    {
        if (IsAbsent(raw)) return null;
        if (TextRules.Check(name, raw, limits.MaxQueryValueChars, TextKind.Identifier) is { } message)
        {
            Errors.Add(name, message);
            return null;
        }
        return raw!.Trim();
    }

    /// <summary>An ISO 8601 instant; without an offset it is read as UTC.</summary>
    public DateTimeOffset? Instant(string name, string? raw)
    {
        if (IsAbsent(raw)) return null;
        if (raw!.Length <= 64 && DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            return value;
        Errors.Add(name, $"{name} must be an ISO 8601 instant, e.g. 2026-11-01T00:00:00Z.");
        return null;
    }

    /// <summary>One of a fixed set of words, parsed by <paramref name="parse"/> (null when unknown).</summary>
    public T? Choice<T>(string name, string? raw, Func<string, T?> parse, IEnumerable<string> allowed) where T : struct
    {
        var text = Text(name, raw);
        if (text is null) return null;
        if (parse(text) is { } value) return value;
        Errors.Add(name, $"{name} must be one of {string.Join(", ", allowed)}.");
        return null;
    }

    private static bool IsAbsent(string? raw) => string.IsNullOrWhiteSpace(raw);
}
