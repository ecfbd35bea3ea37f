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

public sealed class ReattributionCarryOverTests
{
    private static readonly Guid ArticleId = Guid.NewGuid();

    private static ExtractedQuote Quote(int start, int end, string? speakerId) => new(
        QuoteKind.Direct, "nous ne participerons pas", speakerId is null ? null : "Someone", speakerId, "a déclaré", start, end, 0.9,
        "« nous ne participerons pas », a déclaré quelqu'un.", 0, 60, new ClaimFrame("vladimir-putin", "attend", "G20", Polarity.Negated, Modality.Asserted, null, [], []));

    private static ArticleQuotes Extracted(ArticleQuotes state, string version, params ExtractedQuote[] quotes) =>
        state.Apply(state.DecideExtraction(version, quotes, DateTimeOffset.UnixEpoch)!);

    private static ArticleQuotes Fresh() => ArticleQuotes.Create(new ArticleIngested(
        ArticleId, "Titre", true, "corps", "source", null, null, "fr", false, "fp", DateTimeOffset.UnixEpoch));

    [Fact]
    public void A_reattribution_carries_over_to_the_new_versions_quote_at_the_same_span_and_kind_only()
    {
        var v1 = Extracted(Fresh(), "extractor/1.0", Quote(10, 40, null), Quote(50, 80, null));
        var corrected = v1.Apply(new QuoteReattributed(ArticleId, v1.Quotes[0].QuoteId, null, "vladimir-putin", "Vladimir Poutine", "cue missed"));

        var v2 = Extracted(corrected, "extractor/2.0", Quote(10, 40, "joe-biden"), Quote(50, 80, "joe-biden"), Quote(10, 41, null));

        v2.Quotes.Single(q => q.Start == 10 && q.End == 40).SpeakerId.ShouldBe("vladimir-putin");
        v2.Quotes.Single(q => q.Start == 10 && q.End == 40).QuoteId.ShouldNotBe(v1.Quotes[0].QuoteId);
        v2.Quotes.Single(q => q.Start == 50).SpeakerId.ShouldBe("joe-biden");
        v2.Quotes.Single(q => q.End == 41).SpeakerId.ShouldBeNull();
    }

    [Fact]
    public void The_judge_sees_the_carried_over_speaker_on_the_new_versions_claim()
    {
        var v1 = Extracted(Fresh(), "extractor/1.0", Quote(10, 40, "joe-biden"));
        var corrected = v1.Apply(new QuoteReattributed(ArticleId, v1.Quotes[0].QuoteId, "joe-biden", "vladimir-putin", "Vladimir Poutine", "wrong speaker"));
        var v2 = Extracted(corrected, "extractor/2.0", Quote(10, 40, "joe-biden"));

        var claim = ClaimCheck.Judging.JudgedClaims.Of(v2).Single();
        claim.SpeakerId.ShouldBe("vladimir-putin");
        claim.ExtractorVersion.ShouldBe("extractor/2.0");
        claim.ClaimId.ShouldBe(v2.Quotes[0].QuoteId);
    }

    [Fact]
    public void A_failed_version_does_not_count_as_seen_and_its_later_success_clears_the_failure()
    {
        var state = Fresh();
        var failed = state.DecideFailure("extractor/1.1", "TimeBudgetExceeded", "ran past its budget", 1, DateTimeOffset.UnixEpoch)!;
        state = state.Apply(failed);
        state.ExtractionState.ShouldBe(ExtractionState.Failed);
        state.ExtractorVersionsSeen.ShouldBeEmpty();

        var extracted = state.DecideExtraction("extractor/1.1", [Quote(10, 40, null)], DateTimeOffset.UnixEpoch);
        extracted.ShouldNotBeNull();
        state = state.Apply(extracted);
        state.ExtractionState.ShouldBe(ExtractionState.Extracted);
        state.Failure.ShouldBeNull();
        state.DecideFailure("extractor/1.1", "X", "late duplicate failure", 3, DateTimeOffset.UnixEpoch).ShouldBeNull();
    }
}
