using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimCheck.Ingestion;

/// <summary>Turns raw submissions (JSON bytes or drafts) into accepted articles or a precise problem.</summary>
public sealed class ArticleSubmissionValidator(IngestionLimits limits)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
    };

    public IngestionLimits Limits => limits;

    /// <summary>Validates a JSON request body, checking size and encoding before parsing.</summary>
    public SubmissionResult FromJson(ReadOnlySpan<byte> utf8Json)
    {
        if (utf8Json.Length > limits.MaxRequestBytes)
            return SubmissionProblem.Of(SubmissionProblemKind.TooLarge,
                $"The request is {utf8Json.Length} bytes; the limit is {limits.MaxRequestBytes} bytes.");
        if (!Utf8.IsValid(utf8Json))
            return SubmissionProblem.Of(SubmissionProblemKind.InvalidEncoding,
                $"The request body is not valid UTF-8 (first invalid byte at offset {FirstInvalidUtf8Offset(utf8Json)}).");
        if (utf8Json.IsEmpty)
            return SubmissionProblem.Of(SubmissionProblemKind.InvalidJson, "The request body is empty; a JSON object is expected.");

        ArticleDraft? draft;
        try
        {
            draft = JsonSerializer.Deserialize<ArticleDraft>(utf8Json, JsonOptions);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" ({e.Path})";
            return SubmissionProblem.Of(SubmissionProblemKind.InvalidJson, $"The request body is not a valid article JSON object{where}{path}.");
        }
        if (draft is null)
            return SubmissionProblem.Of(SubmissionProblemKind.InvalidJson, "The request body is JSON null; an article object is expected.");
        return Validate(draft);
    }

    public SubmissionResult Validate(ArticleDraft draft)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        var title = draft.Title?.Trim();
        var body = draft.Body?.Trim();
        var source = draft.Source?.Trim();

        if (body is { Length: var bodyLength } && bodyLength > limits.MaxBodyChars)
            return SubmissionProblem.Of(SubmissionProblemKind.TooLarge,
                $"The body has {bodyLength} characters; the limit is {limits.MaxBodyChars}.");

        if (string.IsNullOrEmpty(title)) Fail("title", "The title is required and must not be empty.");
        else if (title.Length > limits.MaxTitleChars) Fail("title", $"The title has {title.Length} characters; the limit is {limits.MaxTitleChars}.");
        else if (IsMostlyControl(title)) Fail("title", "The title is mostly control characters.");

        if (string.IsNullOrEmpty(body)) Fail("body", "The body is required and must not be empty.");
        else if (IsMostlyControl(body)) Fail("body", "The body is mostly control characters; it looks like binary or garbled text.");

        if (string.IsNullOrEmpty(source)) Fail("source", "The source (outlet or feed name) is required.");

        string? url = null;
        if (!string.IsNullOrWhiteSpace(draft.Url))
        {
            if (Uri.TryCreate(draft.Url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                url = uri.ToString();
            else
                Fail("url", "The url must be an absolute http or https address.");
        }

        DateTimeOffset? publishedAt = null;
        if (!string.IsNullOrWhiteSpace(draft.PublishedAt))
        {
            if (DateTimeOffset.TryParse(draft.PublishedAt, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                publishedAt = parsed;
            else
                Fail("publishedAt", "The publication date must be an ISO 8601 date or date-time.");
        }

        string? language = null;
        if (draft.Language is not null)
        {
            language = draft.Language.Trim().ToLowerInvariant();
            if (!LanguageDetector.Supported.Contains(language))
                Fail("language", $"Unknown language{(draft.Language.Length <= 16 ? $" '{draft.Language}'" : "")}; supported: {string.Join(", ", LanguageDetector.Supported)}, or omit it to detect.");
        }

        // PostgreSQL cannot store U+0000 in JSON: refused in every field before anything is
        // written, and this message replaces any other about the same field.
        foreach (var (field, value) in new[] { ("title", draft.Title), ("body", draft.Body), ("source", draft.Source), ("url", draft.Url),
                     ("publishedAt", draft.PublishedAt), ("language", draft.Language) })
            if (value?.IndexOf('\0') is >= 0 and var at)
                Fail(field, $"The {field} contains a NUL character (U+0000) at position {at}, which cannot be stored.");

        if (errors.Count > 0)
            return new SubmissionProblem(SubmissionProblemKind.InvalidFields, "The article is invalid.", errors);

        var detected = language is null;
        language ??= LanguageDetector.Detect(title + "\n" + body);
        return new ArticleSubmission(title!, draft.HeadlineGiven, body!, source!, url, publishedAt, language, detected);
    }

    private bool IsMostlyControl(string text)
    {
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                control++;
        return control > 0 && control >= text.Length * limits.MaxControlCharShare;
    }

    private static int FirstInvalidUtf8Offset(ReadOnlySpan<byte> bytes)
    {
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.InvalidData ? read : bytes.Length;
    }
}
