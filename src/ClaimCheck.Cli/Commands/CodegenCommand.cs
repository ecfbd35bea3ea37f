using System.CommandLine;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Cli.Hosting;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

public static class CodegenCommand
{
    /// <summary>Building the host opens no connection, so code generation needs no database.</summary>
    private const string UnusedConnection = "Host=127.0.0.1;Database=codegen-needs-no-database";

    public static Command Create()
    {
        var output = new Option<string>("--out")
        {
            Description = "Folder to fill (emptied first); ops/codegen passes " + HandlerCodeGeneration.SourceFolder,
            Required = true,
        };
        var write = new Command("write", "Generate Wolverine's handler and endpoint code, as the service (HTTP API included) would compile it.");
        write.Options.Add(output);
        write.SetAction(parse =>
        {
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            var settings = new List<string> { "--CodeGeneration:OutputPath", folder };
            if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ConnectionStrings__ClaimCheck")))
                settings.AddRange(["--ConnectionStrings:ClaimCheck", UnusedConnection]);
            var app = ServiceHost.BuildWeb(ServeCommand.DefaultUrls, [.. settings]);
            var files = HandlerCodeGeneration.Write(app.Services);
            AnsiConsole.Console.MarkupLineInterpolated($"{files.Count} generated files written under {folder}");
            return 0;
        });
        var command = new Command("codegen", "Pre-generated handler code (the service loads it instead of compiling at run time).");
        command.Subcommands.Add(write);
        return command;
    }
}
