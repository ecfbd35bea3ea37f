using ClaimCheck.Ingestion;
using ClaimCheck.Input;

namespace ClaimCheck.Api.Hosting;

/// <summary>RFC 9457 problem responses used across the API.</summary>
public static class Problems
{
    public static IResult Create(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(statusCode: status, title: title, detail: detail, extensions: extensions);

    public static IResult NotFound(string what, object id) =>
        Create(StatusCodes.Status404NotFound, $"Unknown {what}", $"No {what} has id '{id}'.");

    /// <summary>A 400 validation problem whose <c>errors</c> name every bad field or parameter.</summary>
    public static IResult Invalid(FieldErrors errors, string title) =>
        Results.ValidationProblem(errors.ToDictionary(), title: title,
            detail: $"Check {string.Join(", ", errors.Fields)}.");

    public static IResult InvalidQuery(FieldErrors errors) => Invalid(errors, "Invalid query parameters");

    public static IResult From(SubmissionProblem problem) => problem.Kind switch
    {
        SubmissionProblemKind.TooLarge => Create(StatusCodes.Status413PayloadTooLarge, "Article too large", problem.Detail),
        SubmissionProblemKind.InvalidEncoding => Create(StatusCodes.Status400BadRequest, "Invalid text encoding", problem.Detail),
        SubmissionProblemKind.InvalidJson => Create(StatusCodes.Status400BadRequest, "Invalid JSON", problem.Detail),
        _ => Results.ValidationProblem(
            problem.Errors.ToDictionary(e => e.Key, e => e.Value), detail: problem.Detail, title: "Invalid article"),
    };
}
