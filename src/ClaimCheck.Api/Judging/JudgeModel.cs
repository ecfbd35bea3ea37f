using ClaimCheck.Judging;

namespace ClaimCheck.Api.Judging;

/// <summary>Where the trained pair classifier is read from; bound from the "Judging" configuration section.</summary>
public sealed class JudgingOptions
{
    /// <summary>Path of the model zip; relative paths are resolved against the application's folder.</summary>
    public string ModelPath { get; init; } = Path.Combine("models", "pair-classifier.zip");

    /// <summary>Articles published this many days apart or less are compared when their claims match (see <see cref="ClaimRetrieval"/>).</summary>
    public int WindowDays { get; init; } = 365;

    public JudgingWindow Window => new(TimeSpan.FromDays(WindowDays));

    /// <summary>Articles judged at once (<c>Judging:Parallelism</c>); their shared cases are serialized by <see cref="CaseLocks"/>.</summary>
    public int Parallelism { get; init; } = 2;

    public string ResolvedModelPath => Path.IsPathRooted(ModelPath) ? ModelPath : Path.Combine(AppContext.BaseDirectory, ModelPath);

    /// <summary>Loads the classifier once; the judge it returns is stateless and shared by every handler.</summary>
    public PairJudge LoadJudge()
    {
        using var model = File.OpenRead(ResolvedModelPath);
        return new PairJudge(PairClassifier.Load(model));
    }
}
