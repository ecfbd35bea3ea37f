using ClaimCheck.Ingestion;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Ingestion;

public static class IngestionStoreConfiguration
{
    public static void ConfigureIngestion(this StoreOptions opts)
    {
        opts.Projections.Snapshot<Article>(SnapshotLifecycle.Inline);
        opts.Schema.For<Article>().Index(x => x.ContentFingerprint);
    }
}
