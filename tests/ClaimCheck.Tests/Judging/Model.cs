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

    /// <summary>The training pairs `claimcheck train` uses (hand-written pairs plus the shared-data corpus), as features.</summary>
    public static readonly Lazy<List<LabeledFeatures>> TrainingExamples = new(() =>
    {
        var folder = ClaimCheck.Tests.Language.SharedData.Folder;
        var english = Directory.EnumerateFiles(Path.Combine(folder, PairCorpusSources.PolnearTrainTextFolder), "*.txt")
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList();
        var sources = PairCorpusSources.Open(path => new StreamReader(Path.Combine(folder, path)), english, Pairs("train.jsonl"), Pairs("dev.jsonl"));
        var (train, _) = PairCorpus.Build(sources);
        return train.Select(p => new LabeledFeatures(PairFeatureExtraction.ForStatements(p.Premise, p.Hypothesis, p.Language, PairFeatureExtraction.ParsedFrames), p.Label!)).ToList();
    });

    public static List<StatementPair> Pairs(string name)
    {
        using var reader = new StreamReader(PairsPath(name));
        return PairLines.Read(reader, requireLabel: true, TextWriter.Null).ToList();
    }
}
