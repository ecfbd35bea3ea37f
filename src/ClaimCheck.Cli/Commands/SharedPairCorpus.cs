using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ClaimCheck.Judging;

namespace ClaimCheck.Cli.Commands;

/// <summary>Opens the judge's training corpus from the shared data folder and describes it (hashes) for the model card.</summary>
internal static class SharedPairCorpus
{
    public const string DefaultFolder = "../shared/data";

    public static (List<StatementPair> Train, List<StatementPair> Dev) Build(string folder, IReadOnlyList<StatementPair> authoredTrain, IReadOnlyList<StatementPair> authoredDev)
    {
        var sources = PairCorpusSources.Open(path => new StreamReader(Path.Combine(folder, path), Encoding.UTF8), EnglishFiles(folder), authoredTrain, authoredDev);
        try { return PairCorpus.Build(sources); }
        finally
        {
            foreach (var reader in new[] { sources.SequoiaTrain, sources.Rte3, sources.StsbTrain, sources.StsbDev, sources.FrenchSynonymsAntonyms, sources.EnglishAntonyms })
                reader.Dispose();
        }
    }

    /// <summary>Why the folder cannot be used, or null.</summary>
    public static string? Missing(string folder) =>
        PairCorpusSources.Files.Select(f => Path.Combine(folder, f)).FirstOrDefault(f => !File.Exists(f)) is { } file
            ? $"the shared data is incomplete: {file} not found (see ../shared/data/README.md)"
            : !Directory.Exists(Path.Combine(folder, PairCorpusSources.PolnearTrainTextFolder)) ? $"the shared data is incomplete: {PairCorpusSources.PolnearTrainTextFolder} not found" : null;

    private static List<string> EnglishFiles(string folder) =>
        Directory.EnumerateFiles(Path.Combine(folder, PairCorpusSources.PolnearTrainTextFolder), "*.txt")
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList();

    public static JsonObject Describe(string folder)
    {
        var files = new JsonObject();
        foreach (var file in PairCorpusSources.Files)
            files[file] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, file))));
        var english = PairCorpusSources.EnglishFilesUsed(EnglishFiles(folder));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in english)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(folder, file)));
        }
        files[PairCorpusSources.PolnearTrainTextFolder] = $"{english.Count} articles (every third by name), sha256 of names+contents {Convert.ToHexStringLower(hash.GetHashAndReset())}";
        return files;
    }
}
