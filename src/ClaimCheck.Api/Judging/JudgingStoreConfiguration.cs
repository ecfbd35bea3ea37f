using ClaimCheck.Judging;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Judging;

public static class JudgingStoreConfiguration
{
    public static void ConfigureJudging(this StoreOptions opts)
    {
        opts.Projections.Snapshot<FlagSummary>(SnapshotLifecycle.Inline);
        opts.Schema.For<FlagSummary>()
            .Index(x => x.Score)
            .Index(x => x.Label)
            .Index(x => x.FirstArticleId)
            .Index(x => x.SecondArticleId)
            .GinIndexJsonData();
    }
}
