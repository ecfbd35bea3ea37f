using ClaimCheck.Api.Audit;
using ClaimCheck.Api.Tests.Infrastructure;
using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimCheck.Api.Tests.Audit;

[Collection(ApiCollection.Name)]
public sealed class EventChainCoverageTests(ApiFixture api)
{
    [Fact]
    public async Task Events_appended_by_a_message_handler_are_chained()
    {
        var submission = new ArticleSubmission($"Diag2 {Guid.NewGuid():N}", true, "Le Kremlin a déclaré que Poutine ne viendra pas.", "diag", null, null, "fr", false);
        await using (var session = api.Store.LightweightSession())
        {
            session.Events.StartStream<Article>(submission.ArticleId, submission.ToEvent(DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await using (var scope = api.Host.Services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<Wolverine.IMessageBus>().InvokeAsync(new ClaimCheck.Api.Extraction.ExtractArticleQuotes(submission.ArticleId));
        await using var query = api.Store.QuerySession();
        var links = await query.Query<EventChainLink>().Where(l => l.Id.StartsWith(submission.ArticleId.ToString())).ToListAsync();
        links.Select(l => l.Id).ShouldBe([EventChainProjection.LinkId(submission.ArticleId, 1), EventChainProjection.LinkId(submission.ArticleId, 2)], ignoreOrder: true);
    }

    [Fact]
    public async Task Events_appended_through_fetch_for_writing_are_chained()
    {
        var submission = new ArticleSubmission($"Diag {Guid.NewGuid():N}", true, "Corps.", "diag", null, null, "fr", false);
        await using (var session = api.Store.LightweightSession())
        {
            session.Events.StartStream<Article>(submission.ArticleId, submission.ToEvent(DateTimeOffset.UtcNow));
            await session.SaveChangesAsync();
        }
        await using (var session = api.Store.LightweightSession())
        {
            var stream = await session.Events.FetchForWriting<ArticleQuotes>(submission.ArticleId);
            stream.AppendOne(stream.Aggregate!.DecideExtraction("diag/1", [], DateTimeOffset.UtcNow)!);
            await session.SaveChangesAsync();
        }
        await using var query = api.Store.QuerySession();
        (await query.LoadAsync<EventChainLink>(EventChainProjection.LinkId(submission.ArticleId, 2))).ShouldNotBeNull();
    }
}
