namespace ClaimCheck.Tests.Language;

/// <summary>The team's shared data folder, ../shared/data relative to the repository root (see its README).</summary>
public static class SharedData
{
    public static string Folder { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "data"));

    public static string Ud(string file) => Path.Combine(Folder, "ud", file);

    /// <summary>Why a test that needs the shared data cannot run, or null when it can.</summary>
    public static string? Missing(string path) =>
        File.Exists(path) ? null : $"The shared data is absent: {path} not found (expected ../shared/data beside the repository).";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ClaimCheck.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ClaimCheck.sln not found above the test binaries.");
    }
}

/// <summary>A fact that is skipped, saying why, when a file of the shared data folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] udFiles)
    {
        var missing = udFiles.Select(f => SharedData.Missing(SharedData.Ud(f))).FirstOrDefault(m => m is not null);
        if (missing is not null)
            Skip = missing;
    }
}

/// <summary>A fact that is skipped, saying why, when a folder of the shared data (relative to it, "polnear-en/data/dev") is absent.</summary>
public sealed class SharedDataFolderFactAttribute : FactAttribute
{
    public SharedDataFolderFactAttribute(string folder)
    {
        var path = Path.Combine(SharedData.Folder, folder);
        if (!Directory.Exists(path))
            Skip = $"The shared data is absent: {path} not found (expected ../shared/data beside the repository).";
    }
}
