using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Ingestion;

/// <summary>
/// Identity of an article's content. Two submissions are the same article when their title and body
/// are equal after Unicode normalization, case folding and whitespace collapsing, so a re-scrape
/// with different line breaks or a trailing space is recognised as a duplicate.
/// </summary>
public static class ArticleFingerprint
{
    public static string Compute(string title, string body)
    {
        var normalized = Normalize(title) + "\n" + Normalize(body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }

    /// <summary>A stable stream id for a fingerprint (RFC 9562 version 8 layout over the hash).</summary>
    public static Guid ToArticleId(string fingerprint)
    {
        var bytes = Convert.FromHexString(fingerprint.AsSpan(0, 32));
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}
