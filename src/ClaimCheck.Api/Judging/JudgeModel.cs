using ClaimCheck.Judging;

namespace ClaimCheck.Api.Judging;

/// <summary>Where the trained pair classifier is read from; bound from the "Judging" configuration section.</summary>
public sealed class JudgingOptions
{
    /// <summary>Path of the model zip; relative paths are resolved against the application's folder.</summary>
    public string ModelPath { get; init; } = Path.Combine("models", "pair-classifier.zip");

    /// <summary>Articles published this many days apart or less are compared when they share a key (see <see cref="JudgingWindow"/>).</summary>
    public int WindowDays { get; init; } = 365;

    /// <summary>
    /// A safety ceiling on candidate articles, newest first. While it does not bind, flags do not depend on the order
    /// articles arrive in; when it does, the handler logs a warning.
    /// </summary>
    public int MaxCandidateArticles { get; init; } = 2000;

    public JudgingWindow Window => new(TimeSpan.FromDays(WindowDays));

    public string ResolvedModelPath => Path.IsPathRooted(ModelPath) ? ModelPath : Path.Combine(AppContext.BaseDirectory, ModelPath);

    /// <summary>Loads the classifier once; the judge it returns is stateless and shared by every handler.</summary>
    public PairJudge LoadJudge()
    {
        using var model = File.OpenRead(ResolvedModelPath);
        return new PairJudge(PairClassifier.Load(model));
    }
}
