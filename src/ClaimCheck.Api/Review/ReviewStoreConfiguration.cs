using ClaimCheck.Review;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Review;

public static class ReviewStoreConfiguration
{
    public static void ConfigureReview(this StoreOptions opts)
    {
        // Inline: a client that just changed a case reads it (and the queue) on its next request.
        opts.Projections.Snapshot<Case>(SnapshotLifecycle.Inline);
        opts.Projections.Snapshot<ReviewQueueItem>(SnapshotLifecycle.Inline);
        // One index per queue filter; speaker and article lists are JSONB containment queries, served by the GIN index.
        opts.Schema.For<ReviewQueueItem>()
            .Index(x => x.State)
            .Index(x => x.Assignee)
            .Index(x => x.Score)
            .Index(x => x.Label)
            .GinIndexJsonData();
    }
}
