using System.Diagnostics;
using ClaimCheck.Api.Tests.Infrastructure;

namespace ClaimCheck.Api.Tests.CommandLine;

/// <summary>A file named on the command line that cannot be opened is reported in one line, never as a stack trace.</summary>
public sealed class FileArgumentTests
{
    public static TheoryData<string[]> CommandsReadingAFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"claimcheck-missing-{Guid.NewGuid():N}", "input.jsonl");
        return new TheoryData<string[]>
        {
            new[] { "extract", "--in", missing, "--out", "-" },
            new[] { "eval-extract", "--gold", missing },
            new[] { "judge-pairs", "--in", missing, "--out", "-" },
            new[] { "eval-pairs", "--in", missing },
            new[] { "extract", "--in", "-", "--out", Path.Combine(Path.GetDirectoryName(missing)!, "out.jsonl") },
        };
    }

    [Theory]
    [MemberData(nameof(CommandsReadingAFile))]
    public async Task A_missing_file_or_folder_is_one_line_naming_it_with_exit_code_2(string[] arguments)
    {
        var (code, output, error) = await Run(arguments);
        code.ShouldBe(2, error);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(1, error);
        lines[0].ShouldStartWith("claimcheck: ");
        lines[0].ShouldContain("claimcheck-missing-");
        error.ShouldNotContain("   at ");
        output.ShouldBeEmpty();
    }

    private static async Task<(int Code, string Output, string Error)> Run(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment.Remove("ConnectionStrings__ClaimCheck");
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
