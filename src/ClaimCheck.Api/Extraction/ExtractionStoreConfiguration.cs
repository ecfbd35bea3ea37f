using ClaimCheck.Api.Judging;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Extraction;

public static class ExtractionStoreConfiguration
{
    public static void ConfigureExtraction(this StoreOptions opts, string schema)
    {
        // Inline: the reattribution endpoint reads an article's quotes right after they are written, and the judge
        // reads its claims rows, which the projection replaces in the same transaction (a side effect).
        opts.Events.EnableSideEffectsOnInlineProjections = true;
        opts.Projections.Add(new ArticleQuotesProjection(schema), ProjectionLifecycle.Inline);
        opts.ConfigureClaimsTable(schema);
        // Speaker lookups ("every quote of this person") are JSONB containment queries on the quote list.
        opts.Schema.For<ArticleQuotes>().GinIndexJsonData();
        // Inline: the next correction is validated against the registry as corrected so far.
        opts.Projections.Snapshot<SpeakerCorrections>(SnapshotLifecycle.Inline);
    }
}
