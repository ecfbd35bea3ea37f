using ClaimCheck.Judging;

namespace ClaimCheck.Tests.Judging;

/// <summary>The committed model and pairs, copied beside the tests by the project file.</summary>
internal static class Model
{
    public static string ZipPath => Path.Combine(AppContext.BaseDirectory, "models", "pair-classifier.zip");
    public static string CardPath => Path.Combine(AppContext.BaseDirectory, "models", "pair-classifier.json");
    public static string PairsPath(string name) => Path.Combine(AppContext.BaseDirectory, "pairs", name);

    private static readonly Lazy<PairClassifier> Loaded = new(() =>
    {
        using var stream = File.OpenRead(ZipPath);
        return PairClassifier.Load(stream);
    });

    public static PairClassifier Classifier => Loaded.Value;

    public static PairJudge Judge() => new(Classifier, PairFeatureExtraction.ParsedFrames);

    public static List<StatementPair> Pairs(string name)
    {
        using var reader = new StreamReader(PairsPath(name));
        return PairLines.Read(reader, requireLabel: true, TextWriter.Null).ToList();
    }
}
