using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace ClaimCheck.Api.Review;

/// <summary>A case's stream version as an HTTP entity tag, and back.</summary>
public static class CaseVersions
{
    public static string ETag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Reads If-Match as <c>"N"</c>, <c>W/"N"</c> or a bare <c>N</c>; false when it is anything else.</summary>
    public static bool TryParseIfMatch(StringValues header, out long version)
    {
        version = 0;
        var text = header.ToString().Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"') text = text[1..^1];
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out version) && version > 0;
    }
}
