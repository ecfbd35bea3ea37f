using System.CommandLine;
using ClaimCheck.Api.Extraction;
using ClaimCheck.Cli.Hosting;
using ClaimCheck.Extraction;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;
using Wolverine;

namespace ClaimCheck.Cli.Commands;

/// <summary>Queues articles for extraction again (one, or every failed one) and waits for the outcome of each.</summary>
public static class ReextractCommand
{
    public static Command Create()
    {
        var id = new Argument<Guid?>("id") { Description = "Article id", Arity = ArgumentArity.ZeroOrOne };
        var failed = new Option<bool>("--failed") { Description = "Every article whose extraction failed" };
        var command = new Command("reextract", "Run quote extraction again on an article, or on every article whose extraction failed.");
        command.Arguments.Add(id);
        command.Options.Add(failed);
        command.SetAction(async (parse, cancellation) =>
        {
            var one = parse.GetValue(id);
            if (one is null == !parse.GetValue(failed))
            {
                Console.Error.WriteLine("error: give an article id or --failed");
                return 2;
            }
            return await ServiceHost.RunAsync(async (services, token) =>
            {
                var store = services.GetRequiredService<IDocumentStore>();
                IReadOnlyList<Guid> ids;
                await using (var session = store.QuerySession())
                    ids = one is { } single
                        ? (await session.LoadAsync<ArticleQuotes>(single, token) is null ? [] : [single])
                        : await session.Query<ArticleQuotes>().Where(a => a.Failure != null).Select(a => a.Id).ToListAsync(token);
                if (one is { } missing && ids.Count == 0)
                {
                    Console.Error.WriteLine($"error: no article {missing}");
                    return 1;
                }
                var requestedAt = DateTimeOffset.UtcNow;
                var bus = services.GetRequiredService<IMessageBus>();
                foreach (var articleId in ids) await bus.PublishAsync(new ExtractArticleQuotes(articleId));

                var deadline = DateTime.UtcNow.AddMinutes(5);
                var outcome = new Dictionary<Guid, ArticleQuotes>();
                while (outcome.Count < ids.Count && DateTime.UtcNow < deadline)
                {
                    await Task.Delay(250, token);
                    await using var session = store.QuerySession();
                    foreach (var article in await session.LoadManyAsync<ArticleQuotes>(token, ids.Where(i => !outcome.ContainsKey(i))))
                        // Done when the current version succeeded, or failed after this request.
                        if (article.ExtractorVersionsSeen.Contains(QuoteExtractor.CurrentVersion) || article.Failure?.FailedAt >= requestedAt)
                            outcome[article.Id] = article;
                }
                var table = new Table().AddColumns("article", "state", "version", "error");
                foreach (var articleId in ids)
                {
                    var view = ExtractionView.Of(outcome.GetValueOrDefault(articleId));
                    table.AddRow(articleId.ToString(), outcome.ContainsKey(articleId) ? view.State : "still queued", view.Version ?? "", Markup.Escape(view.Error?.Message ?? ""));
                }
                AnsiConsole.Write(table);
                var extracted = outcome.Values.Count(a => a.ExtractionState == ExtractionState.Extracted);
                AnsiConsole.MarkupLineInterpolated($"{extracted} extracted, {outcome.Count - extracted} failed, {ids.Count - outcome.Count} still queued");
                return extracted == ids.Count ? 0 : 1;
            }, cancellation);
        });
        return command;
    }
}
