using ClaimCheck.Attribution;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests.Attribution;

/// <summary>The learned pipeline end to end on sentences written for these tests (people outside the registry are invented).</summary>
public class SpeakerResolutionTests
{
    private static readonly QuoteExtractor Learned = new(SpeakerRegistry.Shipped) { Mode = ExtractionMode.Learned };

    private static IReadOnlyList<ExtractedQuote> Read(string body, string language) => Learned.Extract(null, body, language);

    [Fact]
    public void A_surname_alone_takes_the_fullest_name_the_article_gave()
    {
        var quotes = Read("Marie Dupont, a nurse at the hospital, arrived early. \"We have no beds left,\" Dupont said.", "en");
        quotes.ShouldContain(q => q.Text.StartsWith("We have no beds left") && q.SpeakerId == "marie-dupont" && q.Speaker == "Marie Dupont");
    }

    [Fact]
    public void A_pronoun_after_an_inverted_french_verb_is_the_previous_person_of_its_gender()
    {
        var quotes = Read("Hélène Carrère a présenté son rapport mardi. « Nous n'avons plus le choix », a-t-elle déclaré.", "fr");
        quotes.ShouldContain(q => q.Text.StartsWith("Nous n'avons plus le choix") && q.SpeakerId == "helene-carrere");
    }

    [Fact]
    public void A_name_that_only_qualifies_the_source_is_not_the_speaker()
    {
        var quotes = Read("\"The talks were constructive,\" a Kremlin spokesman said.", "en");
        quotes.ShouldContain(q => q.Text.StartsWith("The talks were constructive"));
        quotes.Where(q => q.Text.StartsWith("The talks")).ShouldAllBe(q => q.SpeakerId == null && q.Confidence < 0.5);
    }

    [Fact]
    public void A_registry_institution_that_speaks_is_the_speaker()
    {
        var quotes = Read("\"Nothing has changed,\" the White House said on Monday.", "en");
        quotes.ShouldContain(q => q.Text.StartsWith("Nothing has changed") && q.SpeakerId == "white-house");
    }

    [Fact]
    public void A_slug_is_lowercase_ascii_words_joined_by_hyphens() =>
        SpeakerResolver.Slug("Jean-François  Roubaud").ShouldBe("jean-francois-roubaud");
}
