namespace ClaimCheck.Ingestion;

public enum SubmissionProblemKind { InvalidJson, InvalidEncoding, InvalidFields, TooLarge }

/// <summary>Why a submission was refused; <see cref="Errors"/> maps field names to messages.</summary>
public sealed record SubmissionProblem(
    SubmissionProblemKind Kind,
    string Detail,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public static SubmissionProblem Of(SubmissionProblemKind kind, string detail) =>
        new(kind, detail, new Dictionary<string, string[]>());

    public override string ToString() =>
        Errors.Count == 0 ? Detail : $"{Detail} ({string.Join("; ", Errors.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}"))})";
}

/// <summary>Either an accepted submission or the problem that refused it.</summary>
public readonly record struct SubmissionResult(ArticleSubmission? Submission, SubmissionProblem? Problem)
{
    public bool IsAccepted => Submission is not null;

    public static implicit operator SubmissionResult(ArticleSubmission submission) => new(submission, null);

    public static implicit operator SubmissionResult(SubmissionProblem problem) => new(null, problem);
}
