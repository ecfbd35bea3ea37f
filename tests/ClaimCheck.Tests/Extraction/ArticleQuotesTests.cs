using ClaimCheck.Extraction;
using ClaimCheck.Ingestion;

namespace ClaimCheck.Tests.Extraction;

public sealed class ArticleQuotesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static ExtractedQuote Quote(string text, int start) =>
        new(QuoteKind.Direct, text, "Kirby", "john-kirby", "a déclaré", start, start + text.Length, 0.9, text, start, start + text.Length,
            new ClaimFrame("john-kirby", "state", null, Polarity.Affirmed, Modality.Asserted, null, [], []));

    private static ArticleQuotes Article() =>
        ArticleQuotes.Create(new ArticleSubmission("Titre", true, "Corps.", "s", null, null, "fr", false).ToEvent(Now));

    [Fact]
    public void Extracting_again_with_the_same_version_adds_nothing()
    {
        var article = Article();
        var first = article.DecideExtraction("extractor/1.0", [Quote("Nous surveillons", 0)], Now)!;
        var after = article.Apply(first);

        after.DecideExtraction("extractor/1.0", [Quote("Nous surveillons", 0)], Now).ShouldBeNull();
    }

    [Fact]
    public void A_new_extractor_version_supersedes_the_previous_quotes_and_names_the_version_it_replaces()
    {
        var article = Article();
        var v1 = article.DecideExtraction("extractor/1.0", [Quote("Nous surveillons", 0)], Now)!;
        article = article.Apply(v1);

        var v2 = article.DecideExtraction("extractor/1.1", [Quote("Nous surveillons de près", 0), Quote("Rien n'est décidé", 40)], Now)!;
        article = article.Apply(v2);

        v2.SupersededVersion.ShouldBe("extractor/1.0");
        article.ExtractorVersion.ShouldBe("extractor/1.1");
        article.ExtractorVersionsSeen.ShouldBe(["extractor/1.0", "extractor/1.1"]);
        article.Quotes.Count.ShouldBe(2);
        article.Quotes.Select(q => q.QuoteId).ShouldNotContain(v1.Quotes[0].QuoteId);
    }

    [Fact]
    public void Quote_ids_are_stable_for_the_same_article_version_and_span()
    {
        var articleId = Guid.NewGuid();
        var quote = Quote("Nous surveillons", 12);

        QuoteRecord.IdFor(articleId, "extractor/1.0", quote).ShouldBe(QuoteRecord.IdFor(articleId, "extractor/1.0", quote));
        QuoteRecord.IdFor(articleId, "extractor/1.1", quote).ShouldNotBe(QuoteRecord.IdFor(articleId, "extractor/1.0", quote));
    }

    [Fact]
    public void A_reattribution_changes_only_that_quote()
    {
        var article = Article();
        article = article.Apply(article.DecideExtraction("extractor/1.0", [Quote("Un", 0), Quote("Deux", 10)], Now)!);
        var target = article.Quotes[1];

        article = article.Apply(new QuoteReattributed(article.Id, target.QuoteId, "john-kirby", "joe-biden", "Joe Biden", "vidéo"));

        article.Quotes[1].SpeakerId.ShouldBe("joe-biden");
        article.Quotes[0].SpeakerId.ShouldBe("john-kirby");
    }
}
