using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ClaimCheck.Audit;

/// <summary>
/// A stable text form of JSON for hashing: object keys sorted by ordinal, no whitespace, strings re-escaped by one
/// fixed encoder, numbers normalized. PostgreSQL jsonb reorders keys, drops whitespace and rewrites escapes and
/// number spellings (1E-07 comes back as 0.0000001), so hashing the text as written would not survive a round trip.
/// Numbers: integers that fit in 64 bits are written as integers, any other number as the shortest round-trip
/// double, so 1, 1.0 and 1e0 are the same value, as they are to every reader of the event.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        // Keeps French accents and quotes readable; any fixed encoder would do since input is decoded first.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Canonicalize(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Canonicalize(document.RootElement);
    }

    public static string Canonicalize(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            Write(writer, element);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Serializes <paramref name="value"/> with <paramref name="options"/> (use the store's options) and canonicalizes it.</summary>
    public static string Serialize<T>(T value, JsonSerializerOptions? options = null) =>
        Canonicalize(JsonSerializer.SerializeToElement(value, options));

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                // Duplicate keys are invalid for our events; the last one wins, as in jsonb.
                var properties = new SortedDictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                    properties[property.Name] = property.Value;
                foreach (var (name, value) in properties)
                {
                    writer.WritePropertyName(name);
                    Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    Write(writer, item);
                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            case JsonValueKind.Number:
                if (element.TryGetInt64(out var integer))
                    writer.WriteNumberValue(integer);
                else
                    writer.WriteRawValue(NormalizeNumber(element.GetDouble()), skipInputValidation: true);
                break;
            case JsonValueKind.True:
                writer.WriteBooleanValue(true);
                break;
            case JsonValueKind.False:
                writer.WriteBooleanValue(false);
                break;
            case JsonValueKind.Null:
                writer.WriteNullValue();
                break;
            default:
                throw new ArgumentException($"Unexpected JSON token {element.ValueKind}.", nameof(element));
        }
    }

    private static string NormalizeNumber(double value) =>
        value == Math.Floor(value) && Math.Abs(value) < 9.2e18
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture);
}
