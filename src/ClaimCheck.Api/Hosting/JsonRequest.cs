using System.Text.Json;
using System.Text.Unicode;
using ClaimCheck.Input;

namespace ClaimCheck.Api.Hosting;

/// <summary>A JSON request body that knows the limits and character rules of its own fields.</summary>
public interface ICheckedRequest
{
    void Check(FieldErrors errors, RequestLimits limits);
}

/// <summary>
/// Reads and checks a JSON request body in one place for every endpoint but article ingestion: media type (415),
/// size (413, before parsing), UTF-8, JSON syntax and shape (400 with line and path), JSON null, then every field's
/// limits (400 naming the field). Nothing reaches a handler, or the store, unless all of it passes.
/// </summary>
public static class JsonRequest
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    public static async Task<(T? Request, IResult? Problem)> ReadAsync<T>(HttpContext context, RequestLimits limits, CancellationToken cancellation)
        where T : class, ICheckedRequest
    {
        if (!context.Request.HasJsonContentType())
            return (null, Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the request body as application/json."));
        var body = await RequestBody.ReadAsync(context.Request, limits.MaxRequestBytes, cancellation);
        if (body is null)
            return (null, Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large",
                $"The request body is larger than the limit of {limits.MaxRequestBytes} bytes."));
        var (request, problem) = Parse<T>(body);
        if (problem is not null) return (null, problem);

        var errors = new FieldErrors();
        request!.Check(errors, limits);
        return errors.Any ? (null, Problems.Invalid(errors, "Invalid request")) : (request, null);
    }

    private static (T?, IResult?) Parse<T>(byte[] body) where T : class
    {
        if (!Utf8.IsValid(body))
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid text encoding", "The request body is not valid UTF-8."));
        if (body.Length == 0)
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", "The request body is empty; a JSON object is expected."));
        try
        {
            return JsonSerializer.Deserialize<T>(body, Options) is { } request
                ? (request, null)
                : (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", "The request body is JSON null; a JSON object is expected."));
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" ({e.Path})";
            return (null, Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON",
                $"The request body is not a JSON object of the expected shape{where}{path}."));
        }
    }
}
