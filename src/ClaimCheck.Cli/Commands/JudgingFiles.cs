using System.Text;
using ClaimCheck.Judging;

namespace ClaimCheck.Cli.Commands;

/// <summary>The file edge of the judging commands: model location, JSON-lines input and output, and the judge they share.</summary>
internal static class JudgingFiles
{
    public const string DefaultModelPath = "models/pair-classifier.zip";

    /// <summary>The model named on the command line, else models/ under the working directory, else the copy beside the tool.</summary>
    public static string ResolveModel(string? path)
    {
        if (!string.IsNullOrWhiteSpace(path)) return path;
        if (File.Exists(DefaultModelPath)) return DefaultModelPath;
        return Path.Combine(AppContext.BaseDirectory, DefaultModelPath);
    }

    public static PairJudge LoadJudge(string? modelPath)
    {
        var path = ResolveModel(modelPath);
        using var stream = File.OpenRead(path);
        return new PairJudge(PairClassifier.Load(stream), PairFeatureExtraction.ParsedFrames);
    }

    public static TextReader OpenInput(string path) =>
        path == "-" ? Console.In : new StreamReader(path, Encoding.UTF8);

    public static TextWriter OpenOutput(string path) =>
        path == "-" ? Console.Out : new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };

    /// <summary>Reads pairs, reporting each malformed line on stderr as "line N: reason" and skipping it.</summary>
    public static IEnumerable<StatementPair> ReadPairs(TextReader reader, bool requireLabel) =>
        PairLines.Read(reader, requireLabel, Console.Error);
}
