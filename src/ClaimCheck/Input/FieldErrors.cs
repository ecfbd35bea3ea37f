namespace ClaimCheck.Input;

/// <summary>Collects what is wrong with a request, one list of messages per field or parameter name.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IReadOnlyCollection<string> Fields => _errors.Keys;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages)) _errors[field] = messages = [];
        messages.Add(message);
        return this;
    }

    /// <summary>Checks a text field with <see cref="TextRules"/>; a null value passes.</summary>
    public FieldErrors Text(string field, string? value, int maxChars, TextKind kind)
    {
        if (TextRules.Check(field, value, maxChars, kind) is { } message) Add(field, message);
        return this;
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
