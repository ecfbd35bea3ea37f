namespace ClaimCheck.Tests;

/// <summary>The sample articles shipped under samples/articles, read from the repository checkout.</summary>
public static class SampleCorpus
{
    public static string Directory { get; } = Path.Combine(FindRoot(), "samples", "articles");

    public static string Read(string prefix) =>
        File.ReadAllText(System.IO.Directory.EnumerateFiles(Directory, prefix + "_*.txt").Single());

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found above the test binaries.");
    }
}
