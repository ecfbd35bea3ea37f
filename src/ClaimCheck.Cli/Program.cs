using System.CommandLine;
using ClaimCheck.Cli;

var root = new RootCommand("ClaimCheck: find quotes, attribute them, and flag contradictions across news articles.");
foreach (var command in CommandCatalog.All())
    root.Subcommands.Add(command);

return await root.Parse(args).InvokeAsync();
