using System.CommandLine;
using ClaimCheck.Api.Operations;
using ClaimCheck.Cli.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace ClaimCheck.Cli.Commands;

/// <summary>Lists the messages the service gave up on, and puts them back on their queues.</summary>
public static class DeadLettersCommand
{
    public static Command Create()
    {
        var command = new Command("dead-letters", "List or replay dead-lettered messages.");

        var page = new Option<int>("--page") { Description = "Page number (from 1)", DefaultValueFactory = _ => 1 };
        var list = new Command("list", "List dead-lettered messages: type, failure, time and article (never message bodies).");
        list.Options.Add(page);
        list.SetAction(async (parse, cancellation) => await ServiceHost.RunAsync(async (services, token) =>
        {
            var (items, total) = await services.GetRequiredService<DeadLetterInbox>().ListAsync(Math.Max(1, parse.GetValue(page)), 100, token);
            var table = new Table().AddColumns("id", "message", "exception", "failed at", "article");
            foreach (var item in items)
                table.AddRow(item.Id.ToString(), Markup.Escape(item.MessageType), Markup.Escape($"{item.ExceptionType}: {item.ExceptionMessage}"),
                    item.FailedAt?.ToString("u") ?? "", item.ArticleId?.ToString() ?? "");
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"{total} dead letters");
            return 0;
        }, cancellation));

        var id = new Argument<Guid?>("id") { Description = "Dead letter id", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Every dead letter" };
        var replay = new Command("replay", "Put one dead letter (ID) or all of them (--all) back on their queues.");
        replay.Arguments.Add(id);
        replay.Options.Add(all);
        replay.SetAction(async (parse, cancellation) =>
        {
            var one = parse.GetValue(id);
            if (one is null == !parse.GetValue(all))
            {
                Console.Error.WriteLine("error: give a dead letter id or --all");
                return 2;
            }
            return await ServiceHost.RunAsync(async (services, token) =>
            {
                var inbox = services.GetRequiredService<DeadLetterInbox>();
                if (one is { } single)
                {
                    if (!await inbox.ExistsAsync(single))
                    {
                        Console.Error.WriteLine($"error: no dead letter {single}");
                        return 1;
                    }
                    await inbox.ReplayAsync([single], token);
                    AnsiConsole.MarkupLineInterpolated($"1 dead letter marked for replay");
                    return 0;
                }
                var count = await inbox.CountAsync(token);
                await inbox.ReplayAllAsync(token);
                AnsiConsole.MarkupLineInterpolated($"{count} dead letters marked for replay");
                return 0;
            }, cancellation);
        });

        command.Subcommands.Add(list);
        command.Subcommands.Add(replay);
        return command;
    }
}
