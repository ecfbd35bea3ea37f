using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests;

public class ClaimFrameParserTests
{
    private static ClaimFrame Fr(string text) => ClaimFrameParser.Parse(text, "fr", SpeakerRegistry.Shipped);
    private static ClaimFrame En(string text) => ClaimFrameParser.Parse(text, "en", SpeakerRegistry.Shipped);

    [Fact]
    public void Putin_wants_to_meet_Biden_at_the_G20()
    {
        var frame = Fr("Poutine veut rencontrer Biden au G20");
        frame.ShouldBe(new ClaimFrame("vladimir-putin", "meet", "joe-biden", Polarity.Affirmed, Modality.Wants, "G20", frame.Time, frame.Numbers));
    }

    [Fact]
    public void Putin_will_not_attend_the_G20_summit_in_Bali_names_the_event()
    {
        var frame = Fr("Poutine ne participera pas au sommet du G20 à Bali");
        (frame.Subject, frame.Predicate, frame.Polarity, frame.Place).ShouldBe(("vladimir-putin", "attend", Polarity.Negated, "G20"));
        var english = En("Putin will not attend the G20 summit");
        (english.Subject, english.Predicate, english.Polarity, english.Place).ShouldBe(("vladimir-putin", "attend", Polarity.Negated, "G20"));
    }

    [Fact]
    public void Biden_has_no_intention_of_talking_to_Putin_in_both_languages()
    {
        foreach (var frame in new[] { Fr("Biden n'a pas l'intention de parler avec Poutine"), En("Biden has no intention of talking to Putin") })
        {
            frame.Subject.ShouldBe("joe-biden");
            frame.Predicate.ShouldBe("talk");
            frame.Object.ShouldBe("vladimir-putin");
            frame.Polarity.ShouldBe(Polarity.Negated);
            frame.Modality.ShouldBe(Modality.Intends);
        }
    }

    [Fact]
    public void Figures_are_normalized_with_their_unit_and_what_they_count()
    {
        Fr("Le commerce bilatéral a atteint 140 milliards de dollars").Numbers
            .ShouldContain(q => q.Value == 140e9 && q.Unit == "USD" && q.Counts == "trade" && q.Surface == "140 milliards de dollars");
        En("Trade between the two countries will reach $200 billion").Numbers.ShouldContain(q => q.Value == 200e9 && q.Unit == "USD" && q.Counts == "trade");
        Fr("Les missiles étaient au nombre de 28 missiles").Numbers.ShouldContain(q => q.Value == 28 && q.Unit == "missile");
        En("Inflation rose 7.5% last year").Numbers.ShouldContain(q => q.Value == 7.5 && q.Unit == "%");
    }

    [Fact]
    public void Time_expressions_are_collected()
    {
        Fr("Poutine a obtenu vendredi le soutien de la Chine en novembre 2022").Time.ShouldBe(["vendredi", "en novembre 2022"]);
        En("Biden will meet Xi next week").Time.ShouldBe(["next week"]);
    }

    [Fact]
    public void The_judges_reader_reads_any_sentence()
    {
        var frame = ClaimFrameParser.Reader("Putin will not attend the G20 summit", null);
        frame.ShouldNotBeNull();
        frame.Predicate.ShouldBe("attend");
    }
}

public class RelativeClauseSubjectTests
{
    private static ClaimFrame Fr(string text) => ClaimFrameParser.Parse(text, "fr", SpeakerRegistry.Shipped);
    private static ClaimFrame En(string text) => ClaimFrameParser.Parse(text, "en", SpeakerRegistry.Shipped);

    [Theory]
    [InlineData("fr", "Le sommet où Biden veut rencontrer Macron commence demain", "joe-biden")]
    [InlineData("en", "The summit where Biden wants to meet Macron starts tomorrow", "joe-biden")]
    [InlineData("en", "Putin, who wants to meet Biden, arrived in Bali", "vladimir-putin")]
    public void The_subject_of_a_verb_in_a_relative_clause_is_the_one_named_in_that_clause(string language, string text, string subject)
    {
        var frame = language == "fr" ? Fr(text) : En(text);
        frame.Subject.ShouldBe(subject, $"{frame}");
    }
}

public class RelativeClauseObjectTests
{
    [Fact]
    public void A_person_named_in_a_relative_clause_after_the_verb_is_not_its_object()
    {
        // 000's headline: Putin withdraws and is struck off the G20 where Biden and Xi plan to meet; Biden is not what Putin withdraws.
        var frame = ClaimFrameParser.Parse("Poutine baisse la tête après le retrait de Kherson et est rayé du G20 où Biden et Xi prévoient de se rencontrer", "fr", SpeakerRegistry.Shipped);
        (frame.Subject, frame.Predicate).ShouldBe(("vladimir-putin", "withdraw"));
        frame.Object.ShouldNotBe("joe-biden");
    }
}
