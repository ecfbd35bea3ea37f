using System.Text.Json;
using System.Text.Unicode;
using ClaimCheck.Input;
using Microsoft.AspNetCore.Http.Metadata;

namespace ClaimCheck.Api.Hosting;

/// <summary>A JSON request body that knows the limits and character rules of its own fields.</summary>
public interface ICheckedRequest
{
    void Check(FieldErrors errors, RequestLimits limits);
}

/// <summary>
/// Checks the JSON body of every endpoint whose request type is an <see cref="ICheckedRequest"/>, in one place and
/// before the endpoint or anything that stores runs: media type (415), size (413, before parsing), UTF-8, JSON syntax
/// and shape (400 with line and path), JSON null, then every field's limits (400 naming the field). A body that
/// passes is handed on unchanged for the endpoint to bind, so endpoints keep their typed, documented parameters.
/// </summary>
public static class CheckedJsonBodies
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        AllowTrailingCommas = false,
        ReadCommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
    };

    public static IApplicationBuilder UseCheckedJsonBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } type && type.IsAssignableTo(typeof(ICheckedRequest)))
        {
            var limits = context.RequestServices.GetRequiredService<RequestLimits>();
            if (await CheckAsync(context, type, limits, context.RequestAborted) is { } problem)
            {
                await problem.ExecuteAsync(context);
                return;
            }
        }
        await next(context);
    });

    private static async Task<IResult?> CheckAsync(HttpContext context, Type type, RequestLimits limits, CancellationToken cancellation)
    {
        if (!context.Request.HasJsonContentType())
            return Problems.Create(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Send the request body as application/json.");
        var body = await RequestBody.ReadAsync(context.Request, limits.MaxRequestBytes, cancellation);
        if (body is null)
            return Problems.Create(StatusCodes.Status413PayloadTooLarge, "Request too large",
                $"The request body is larger than the limit of {limits.MaxRequestBytes} bytes.");
        if (!Utf8.IsValid(body))
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid text encoding", "The request body is not valid UTF-8.");
        if (body.Length == 0)
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", "The request body is empty; a JSON object is expected.");

        ICheckedRequest? request;
        try
        {
            request = (ICheckedRequest?)JsonSerializer.Deserialize(body, type, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            var path = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : $" ({e.Path})";
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", $"The request body is not a JSON object of the expected shape{where}{path}.");
        }
        if (request is null)
            return Problems.Create(StatusCodes.Status400BadRequest, "Invalid JSON", "The request body is JSON null; a JSON object is expected.");

        var errors = new FieldErrors();
        request.Check(errors, limits);
        if (errors.Any) return Problems.Invalid(errors, "Invalid request");

        context.Request.Body = new MemoryStream(body, writable: false);
        context.Request.ContentLength = body.Length;
        return null;
    }
}
