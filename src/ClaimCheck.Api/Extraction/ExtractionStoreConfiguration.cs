using ClaimCheck.Extraction;
using ClaimCheck.Speakers;
using JasperFx.Events.Projections;
using Marten;

namespace ClaimCheck.Api.Extraction;

public static class ExtractionStoreConfiguration
{
    public static void ConfigureExtraction(this StoreOptions opts)
    {
        // Inline: the reattribution endpoint and the judge read an article's quotes right after they are written.
        opts.Projections.Snapshot<ArticleQuotes>(SnapshotLifecycle.Inline);
        // Speaker lookups ("every quote of this person") are JSONB containment queries on the quote list.
        opts.Schema.For<ArticleQuotes>().GinIndexJsonData();
        // Inline: the next correction is validated against the registry as corrected so far.
        opts.Projections.Snapshot<SpeakerCorrections>(SnapshotLifecycle.Inline);
    }
}
