using ClaimCheck.Api.Lists;
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
        // The queue and the ClaimReview feed are read through their indexed lists (ReviewLists), not through JSONB
        // indexes on these documents, which would only cost every write.
    }
}
