using System.CommandLine;
using ClaimCheck.Access;
using ClaimCheck.Api.Access;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Wolverine;

namespace ClaimCheck.Cli.Commands;

public static class UsersCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "The user name: no spaces or invisible characters, unique regardless of case; not a name the service uses for itself (system, cli:...)" };
        var roles = new Option<string[]>("--role")
        {
            Description = "factchecker, editor, auditor or admin; repeat for several",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var add = new Command("add", "Create a user and print their API key; the key is shown only this once.");
        add.Arguments.Add(name);
        add.Options.Add(roles);
        add.SetAction(async (parse, cancellation) =>
        {
            var parsed = parse.GetValue(roles)!.Select(r => (Name: r, Role: RoleNames.Parse(r))).ToArray();
            if (parsed.Where(r => r.Role is null).Select(r => r.Name).FirstOrDefault() is { } unknown)
            {
                await Console.Error.WriteLineAsync($"error: '{unknown}' is not a role; use factchecker, editor, auditor or admin.");
                return 2;
            }
            using var host = ServiceHost.Build();
            await host.StartAsync(cancellation);
            await using var scope = host.Services.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<object>(
                new RegisterUser(parse.GetValue(name)!, parsed.Select(r => r.Role!.Value).ToArray(), Actors.CommandLine()), cancellation);
            await host.StopAsync(CancellationToken.None);
            switch (result)
            {
                case IssuedApiKey issued:
                    AnsiConsole.MarkupLineInterpolated($"Created [bold]{issued.UserName}[/] ({string.Join(", ", issued.Roles)}), id {issued.UserId}.");
                    AnsiConsole.MarkupLineInterpolated($"API key (shown once, store it now): [bold]{issued.ApiKey}[/]");
                    AnsiConsole.WriteLine("Use it as: Authorization: Bearer <key>");
                    return 0;
                case UserCommandRejected rejected:
                    await Console.Error.WriteLineAsync($"error: {rejected.Detail}");
                    return 1;
                default:
                    throw new InvalidOperationException($"Unexpected result {result.GetType().Name}");
            }
        });
        var command = new Command("users", "Manage the people who may use the service.");
        command.Subcommands.Add(add);
        return command;
    }
}
