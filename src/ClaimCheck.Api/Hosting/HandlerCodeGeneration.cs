using JasperFx.CodeGeneration;
using JasperFx.CodeGeneration.Model;

namespace ClaimCheck.Api.Hosting;

/// <summary>
/// Wolverine's handler and endpoint adapters, generated ahead of time into <see cref="SourceFolder"/> and compiled into
/// this assembly, so the service loads them (<see cref="TypeLoadMode.Static"/>) instead of compiling them with Roslyn
/// at start-up and on each first message or request. <c>ops/codegen</c> regenerates them after a handler, endpoint,
/// middleware or service registration changes; a test fails while the committed files differ from what the current
/// code generates.
/// </summary>
public static class HandlerCodeGeneration
{
    /// <summary>The committed generated code, relative to the repository root.</summary>
    public const string SourceFolder = "src/ClaimCheck.Api/Internal/Generated";

    /// <summary><c>CodeGeneration:TypeLoadMode</c>: <c>Static</c> unless a host needs handlers that were never pre-generated.</summary>
    public static TypeLoadMode TypeLoadMode(IConfiguration configuration) =>
        configuration["CodeGeneration:TypeLoadMode"] is { Length: > 0 } mode
            ? Enum.Parse<TypeLoadMode>(mode, ignoreCase: true)
            : JasperFx.CodeGeneration.TypeLoadMode.Static;

    /// <summary><c>CodeGeneration:OutputPath</c>: where <see cref="Write"/> puts the files (the default is Wolverine's own).</summary>
    public static string? OutputPath(IConfiguration configuration) =>
        configuration["CodeGeneration:OutputPath"] is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>
    /// Generates every handler and endpoint adapter of a built (not started) host into its output path, as
    /// <c>codegen write</c> does, and returns the files written.
    /// </summary>
    public static IReadOnlyList<string> Write(IServiceProvider services)
    {
        var collections = services.GetServices<ICodeFileCollection>().ToArray();
        if (collections.Length == 0) throw new InvalidOperationException("The host registers no generated code.");
        var builder = new DynamicCodeBuilder(services, collections)
        {
            ServiceVariableSource = services.GetService<IServiceVariableSource>(),
        };
        var written = new List<string>();
        builder.WriteGeneratedCode(written.Add);
        return written;
    }
}
