using System.Diagnostics;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Tests.Infrastructure;
using JasperFx.CodeGeneration;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace ClaimCheck.Api.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class HandlerCodeGenerationTests(ApiFixture api) : IDisposable
{
    private readonly string _workDirectory = Directory.CreateTempSubdirectory("claimcheck-codegen-").FullName;

    private static string Committed => Path.Combine(RepositoryRoot.Path, HandlerCodeGeneration.SourceFolder);

    public void Dispose() => Directory.Delete(_workDirectory, recursive: true);

    [Fact]
    public async Task The_committed_handler_code_is_what_the_current_handlers_and_endpoints_generate()
    {
        var fresh = Path.Combine(_workDirectory, "Generated");
        var (code, output) = await RunCodegen(fresh);
        code.ShouldBe(0, output);

        var differences = Differences(Committed, fresh);

        differences.ShouldBeEmpty(
            $"the generated code in {HandlerCodeGeneration.SourceFolder} is stale; run ops/codegen and commit the result");
    }

    [Fact]
    public void The_comparison_reports_a_changed_a_missing_and_an_extra_file()
    {
        var copy = Path.Combine(_workDirectory, "copy");
        CopyTree(Committed, copy);
        var files = Directory.GetFiles(copy, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
        File.AppendAllText(files[0], "// edited\n");
        File.Delete(files[1]);
        File.WriteAllText(Path.Combine(copy, "WolverineHandlers", "NewHandler1.cs"), "// new\n");

        var differences = Differences(Committed, copy);

        differences.ShouldBe(
        [
            $"changed: {Path.GetRelativePath(copy, files[0])}",
            $"missing from the fresh code: {Path.GetRelativePath(copy, files[1])}",
            "not committed: WolverineHandlers/NewHandler1.cs",
        ], ignoreOrder: true);
    }

    [Fact]
    public void The_service_loads_the_pre_generated_handlers_instead_of_compiling_them()
    {
        var options = api.Host.Services.GetRequiredService<WolverineOptions>();

        options.CodeGeneration.TypeLoadMode.ShouldBe(TypeLoadMode.Static);
        options.ApplicationAssembly.ShouldBe(typeof(HandlerCodeGeneration).Assembly);
        typeof(HandlerCodeGeneration).Assembly.GetType("Internal.Generated.WolverineHandlers.GeneratedHandlerRegistry").ShouldNotBeNull();
    }

    private static List<string> Differences(string committed, string fresh)
    {
        static Dictionary<string, string> Read(string root) => Directory.Exists(root)
            ? Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText)
            : [];
        var before = Read(committed);
        var after = Read(fresh);
        var differences = new List<string>();
        foreach (var (name, text) in after)
        {
            if (!before.TryGetValue(name, out var old)) differences.Add($"not committed: {name}");
            else if (old.ReplaceLineEndings() != text.ReplaceLineEndings()) differences.Add($"changed: {name}");
        }
        differences.AddRange(before.Keys.Where(name => !after.ContainsKey(name)).Select(name => $"missing from the fresh code: {name}"));
        return differences;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The codegen command in a process of its own: it builds a host of its own and needs no database.</summary>
    private static async Task<(int Code, string Output)> RunCodegen(string folder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ClaimCheck.Cli.dll"));
        foreach (var argument in new[] { "codegen", "write", "--out", folder }) start.ArgumentList.Add(argument);
        start.Environment.Remove("ConnectionStrings__ClaimCheck");
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
