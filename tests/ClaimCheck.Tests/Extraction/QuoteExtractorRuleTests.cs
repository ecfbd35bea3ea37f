using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests;

/// <summary>General attribution rules on sentences outside the gold, the way unseen news writes them.</summary>
public class QuoteExtractorRuleTests
{
    private static readonly QuoteExtractor Extractor = new(SpeakerRegistry.Shipped);

    private static ExtractedQuote Single(string body, string language) =>
        Extractor.Extract(null, body, language).ShouldHaveSingleItem();

    [Theory]
    [InlineData("« C'est inacceptable », juge Emmanuel Macron.", "emmanuel-macron")]
    [InlineData("« Rien n'est décidé », précise Dmitri Peskov.", "dmitri-peskov")]
    [InlineData("« Nous tiendrons », assure le président ukrainien Volodymyr Zelensky.", "volodymyr-zelensky")]
    public void A_present_tense_cue_right_after_a_french_quote_names_its_speaker(string body, string speaker) =>
        Single(body, "fr").SpeakerId.ShouldBe(speaker);

    [Fact]
    public void An_inverted_english_attribution_with_a_title_names_the_speaker()
    {
        var quote = Single("\"We are not going anywhere,\" said Ukrainian President Volodymyr Zelensky.", "en");
        quote.SpeakerId.ShouldBe("volodymyr-zelensky");
        quote.Kind.ShouldBe(QuoteKind.Direct);
    }

    [Fact]
    public void A_person_outside_the_registry_gets_the_slug_of_their_name()
    {
        var quote = Single("\"The harvest is lost,\" said Marta Kowalczyk, a farmer near Lviv.", "en");
        quote.Speaker.ShouldBe("Marta Kowalczyk");
        quote.SpeakerId.ShouldBe("marta-kowalczyk");
    }

    [Fact]
    public void A_pronoun_does_not_cross_genders()
    {
        var quotes = Extractor.Extract(null, "Nancy Pelosi met Joe Biden on Tuesday. \"The visit went well,\" she said.", "en");
        quotes.Single(q => q.Kind == QuoteKind.Direct).SpeakerId.ShouldBe("nancy-pelosi");
    }

    [Fact]
    public void A_role_description_alone_is_not_enough_to_name_anyone()
    {
        var quote = Single("Le président russe a dénoncé des « provocations inacceptables » à la frontière.", "fr");
        quote.SpeakerId.ShouldBeNull();
    }

    [Theory]
    [InlineData("Olaf Scholz s'est rendu à Kiev. Selon lui, l'Allemagne soutiendra l'Ukraine aussi longtemps que nécessaire.", "fr", "olaf-scholz")]
    [InlineData("Nancy Pelosi landed in Taipei on Tuesday. According to her, the island will not be left alone.", "en", "nancy-pelosi")]
    public void A_pronoun_standing_as_the_source_resolves_to_the_last_person_of_its_gender(string body, string language, string speaker) =>
        Extractor.Extract(null, body, language).Single(q => q.Kind == QuoteKind.Indirect).SpeakerId.ShouldBe(speaker);

    [Theory]
    [InlineData("Vladimir Putin is ready to meet Joe Biden, the Kremlin said.", "en")]
    [InlineData("Selon le Kremlin, Vladimir Poutine ne se rendra pas à Bali.", "fr")]
    public void A_person_named_inside_the_reported_clause_is_not_its_speaker(string body, string language)
    {
        var quote = Single(body, language);
        quote.Kind.ShouldBe(QuoteKind.Indirect);
        quote.SpeakerId.ShouldBe("kremlin", "the source that reports the clause, not the people it is about");
    }

    [Theory]
    [InlineData("Le président ukrainien a répété qu'aucune discussion n'était possible avec Moscou. Volodymyr Zelensky s'exprimait à Kiev.", "fr", "volodymyr-zelensky")]
    [InlineData("Joe Biden retorted that the sanctions would stay in place until the troops left.", "en", "joe-biden")]
    public void Less_common_speech_verbs_report_speech(string body, string language, string speaker) =>
        Extractor.Extract(null, body, language).Single(q => q.Kind == QuoteKind.Indirect).SpeakerId.ShouldBe(speaker);

    [Theory]
    [InlineData("« Les discussions ont été constructives », a déclaré le Kremlin.", "fr", "kremlin")]
    [InlineData("\"Putin will not attend the summit in Bali,\" the Kremlin said on Thursday.", "en", "kremlin")]
    [InlineData("La Maison Blanche a cherché à minimiser la rencontre entre Poutine et Xi jeudi, affirmant que Pékin n’avait pas violé les sanctions.", "fr", "white-house")]
    public void An_institution_that_speaks_is_the_speaker(string body, string language, string speaker) =>
        Extractor.Extract(null, body, language).Single(q => q.Kind != QuoteKind.Headline).SpeakerId.ShouldBe(speaker);

    [Theory]
    [InlineData("\"The talks were constructive,\" a Kremlin spokesman told reporters.", "en", null)]
    [InlineData("\"The ceasefire is holding,\" said Maria Lopez, a UN observer.", "en", "maria-lopez")]
    [InlineData("« Le président estime que les règles sont essentielles », a déclaré une source de la Maison Blanche.", "fr", null)]
    [InlineData("Les États-Unis et l’OTAN ont déclaré que la Russie avait rassemblé 130 000 soldats près de la frontière.", "fr", null)]
    public void An_institution_named_beside_the_speaker_is_not_the_speaker(string body, string language, string? speaker) =>
        Extractor.Extract(null, body, language).Single(q => q.Kind != QuoteKind.Headline).SpeakerId.ShouldBe(speaker);

    [Fact]
    public void A_pronoun_never_points_to_an_institution()
    {
        var quotes = Extractor.Extract(null, "Le Kremlin a publié un communiqué jeudi. « Nous verrons bien ce qui se passera », a-t-il ajouté.", "fr");
        quotes.Single(q => q.Kind == QuoteKind.Direct).SpeakerId.ShouldBeNull();
    }
}
