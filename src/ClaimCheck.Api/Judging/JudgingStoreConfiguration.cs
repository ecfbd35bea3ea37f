using ClaimCheck.Judging;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Judging;

public static class JudgingStoreConfiguration
{
    public static void ConfigureJudging(this StoreOptions opts)
    {
        opts.Projections.Snapshot<FlagSummary>(SnapshotLifecycle.Inline);
        // Inline: the judge of the next article must find this one's keys.
        opts.Projections.Snapshot<ArticleClaimKeys>(SnapshotLifecycle.Inline);
        opts.Schema.For<ArticleClaimKeys>().Index(x => x.EffectiveDate).GinIndexJsonData();
        opts.Schema.For<FlagSummary>()
            .Index(x => x.Score)
            .Index(x => x.Label)
            .Index(x => x.FirstArticleId)
            .Index(x => x.SecondArticleId)
            .GinIndexJsonData();
    }
}
