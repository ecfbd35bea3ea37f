using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests;

/// <summary>The founding cases of the sample corpus: what the rest of the product is built on.</summary>
public class QuoteExtractorSampleTests
{
    private static readonly QuoteExtractor Extractor = new(SpeakerRegistry.Shipped);

    private static (string? Title, string Body) Article(string id)
    {
        var text = SampleCorpus.Read(id);
        if (id == "004") return (null, text);
        var newline = text.IndexOf('\n');
        return (text[..newline].Trim(), text[(newline + 1)..]);
    }

    private static IReadOnlyList<ExtractedQuote> Extract(string id)
    {
        var (title, body) = Article(id);
        return Extractor.Extract(title, body, "fr");
    }

    [Fact]
    public void The_headline_of_001_is_the_outlets_claim_that_Putin_wants_to_meet_Biden_at_the_G20()
    {
        var headline = Extract("001").Single(q => q.Kind == QuoteKind.Headline);
        headline.Speaker.ShouldBeNull();
        headline.Text.ShouldBe("Poutine veut rencontrer Biden au G20");
        headline.Claim.Subject.ShouldBe("vladimir-putin");
        headline.Claim.Predicate.ShouldBe("meet");
        headline.Claim.Object.ShouldBe("joe-biden");
        headline.Claim.Modality.ShouldBe(Modality.Wants);
        headline.Claim.Polarity.ShouldBe(Polarity.Affirmed);
        headline.Claim.Place.ShouldBe("G20");
    }

    [Fact]
    public void Bidens_partial_quote_carries_the_claim_of_its_whole_reporting_clause()
    {
        var quote = Extract("001").Single(q => q.Text == "n'a pas l'intention");
        quote.Kind.ShouldBe(QuoteKind.Partial);
        quote.SpeakerId.ShouldBe("joe-biden");
        quote.Claim.Subject.ShouldBe("joe-biden");
        quote.Claim.Predicate.ShouldBe("talk");
        quote.Claim.Object.ShouldBe("vladimir-putin");
        quote.Claim.Polarity.ShouldBe(Polarity.Negated);
        quote.Claim.Modality.ShouldBe(Modality.Intends);
    }

    [Fact]
    public void Offsets_point_at_the_quoted_text_in_the_body()
    {
        foreach (var id in new[] { "000", "001", "002", "003", "004" })
        {
            var (title, body) = Article(id);
            foreach (var quote in Extractor.Extract(title, body, "fr"))
            {
                var source = quote.Kind == QuoteKind.Headline ? title! : body;
                source[quote.Start..quote.End].ShouldBe(quote.Text);
                source[quote.SentenceStart..quote.SentenceEnd].ShouldBe(quote.Sentence);
                quote.SentenceStart.ShouldBeLessThanOrEqualTo(quote.Start);
                quote.SentenceEnd.ShouldBeGreaterThanOrEqualTo(quote.End);
            }
        }
    }

    [Fact]
    public void A_closing_mark_glued_to_the_next_word_still_ends_the_quote_and_names_the_speaker()
    {
        var quote = Extract("001").Single(q => q.Text == "Cela dépend de ce dont vous voulez discuter");
        quote.Kind.ShouldBe(QuoteKind.Direct);
        quote.SpeakerId.ShouldBe("joe-biden");
    }

    [Fact]
    public void Kirby_is_found_in_001_and_002_behind_his_title_and_in_indirect_speech()
    {
        var kirby001 = Extract("001").Where(q => q.SpeakerId == "john-kirby").ToList();
        kirby001.ShouldContain(q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("les États-Unis s'efforçaient"));
        var kirby002 = Extract("002").Where(q => q.SpeakerId == "john-kirby").ToList();
        kirby002.ShouldContain(q => q.Kind == QuoteKind.Partial && q.Text.StartsWith("sous beaucoup de pression"));
        kirby002.ShouldContain(q => q.Kind == QuoteKind.Direct && q.Text.StartsWith("Notre message à la Chine"));
    }

    [Fact]
    public void Putins_announcement_in_000_that_he_will_not_attend_the_G20_is_a_negated_attendance()
    {
        var quote = Extract("000").Single(q => q.SpeakerId == "vladimir-putin" && q.Kind == QuoteKind.Indirect);
        quote.Text.ShouldContain("ne participerait pas au sommet du G20");
        quote.Claim.Subject.ShouldBe("vladimir-putin");
        quote.Claim.Predicate.ShouldBe("attend");
        quote.Claim.Polarity.ShouldBe(Polarity.Negated);
        quote.Claim.Place.ShouldBe("G20");
        quote.Claim.Time.ShouldContain("la semaine prochaine");
    }

    [Fact]
    public void Stoltenberg_is_quoted_in_000_after_his_title_and_in_004_with_a_misplaced_mark()
    {
        Extract("000").ShouldContain(q => q.SpeakerId == "jens-stoltenberg" && q.Text == "Une nouvelle victoire pour Kiev" && q.Kind == QuoteKind.Direct);
        Extract("004").ShouldContain(q => q.SpeakerId == "jens-stoltenberg" && q.Text.StartsWith("époque des sphères d’influence"));
    }

    [Fact]
    public void Pronouns_resolve_to_the_last_speaker_of_their_gender()
    {
        var quotes = Extract("001");
        quotes.Single(q => q.Text == "Ce serait irresponsable pour moi d'en parler").SpeakerId.ShouldBe("joe-biden");
        Extract("002").Single(q => q.Text.StartsWith("Je suis convaincu")).SpeakerId.ShouldBe("vladimir-putin");
    }

    [Fact]
    public void Trade_figures_are_read_as_dollars_of_trade()
    {
        var quote = Extract("002").Single(q => q.Text.StartsWith("Je suis convaincu"));
        quote.Claim.Numbers.ShouldContain(n => n.Value == 200e9 && n.Unit == "USD" && n.Counts == "trade");
    }

    [Fact]
    public void Boilerplate_and_teasers_yield_no_quotes()
    {
        var (_, body) = Article("004");
        var teasers = body.IndexOf("Après deux semaines de discussions", StringComparison.Ordinal);
        Extract("004").ShouldAllBe(q => q.Start < teasers);
        Extract("001").Count(q => q.Kind == QuoteKind.Headline).ShouldBe(1);
    }

    [Fact]
    public void A_quote_whose_speaker_has_no_cue_keeps_a_null_speaker_and_a_low_confidence()
    {
        var quote = Extract("000").Single(q => q.Text.StartsWith("Le président Biden estime"));
        quote.Speaker.ShouldBeNull();
        quote.SpeakerId.ShouldBeNull();
        quote.Confidence.ShouldBeLessThan(0.5);
    }
}
