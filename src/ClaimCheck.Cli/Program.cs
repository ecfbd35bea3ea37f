using System.CommandLine;
using ClaimCheck.Cli;

var root = new RootCommand("ClaimCheck: find quotes, attribute them, and flag contradictions across news articles.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or PathTooLongException)
{
    // A file named on the command line that cannot be opened is the user's input: say which and why, not a stack trace.
    await Console.Error.WriteLineAsync($"claimcheck: {e.Message}");
    return 2;
}
catch (Exception e) when (e is not OperationCanceledException)
{
    // Anything else is a defect of ours: the whole exception, as the default handler printed it, and exit code 1.
    await Console.Error.WriteLineAsync($"claimcheck: unexpected error: {e}");
    return 1;
}
