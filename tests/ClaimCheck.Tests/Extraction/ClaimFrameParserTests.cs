using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

public class ClaimFrameParserTests
{
    private readonly ClaimFrameParser _parser = new();

    [Fact]
    public void A_headline_about_wanting_to_meet_names_subject_predicate_object_modality_and_place()
    {
        var frame = _parser.Parse("Poutine veut rencontrer Biden au G20", "fr");

        frame.Subject.ShouldBe("vladimir-putin");
        frame.Predicate.ShouldBe("meet");
        frame.Object.ShouldBe("joe-biden");
        frame.Modality.ShouldBe(Modality.Wants);
        frame.Polarity.ShouldBe(Polarity.Affirmed);
        frame.Place.ShouldBe("G20");
    }

    [Fact]
    public void French_and_English_sentences_about_not_attending_the_G20_give_the_same_frame()
    {
        var english = _parser.Parse("Putin will not attend the G20", "en");
        var french = _parser.Parse("Poutine ne participera pas au sommet du G20 à Bali", "fr");

        english.Subject.ShouldBe("vladimir-putin");
        english.Predicate.ShouldBe("attend");
        english.Polarity.ShouldBe(Polarity.Negated);
        english.Place.ShouldBe("G20");
        french.Subject.ShouldBe(english.Subject);
        french.Predicate.ShouldBe(english.Predicate);
        french.Polarity.ShouldBe(english.Polarity);
        french.Place.ShouldBe("G20");
    }

    [Fact]
    public void Having_no_intention_to_talk_is_a_negated_intention()
    {
        var frame = _parser.Parse("Joe Biden n'a pas l'intention de parler avec Vladimir Poutine au G20", "fr");

        frame.Subject.ShouldBe("joe-biden");
        frame.Predicate.ShouldBe("talk");
        frame.Object.ShouldBe("vladimir-putin");
        frame.Polarity.ShouldBe(Polarity.Negated);
        frame.Modality.ShouldBe(Modality.Intends);
    }

    [Fact]
    public void A_conditional_clause_gives_a_conditional_modality()
    {
        var frame = _parser.Parse("S'il venait me voir au G20, je le rencontrerais.", "fr", defaultSubject: "joe-biden");

        frame.Predicate.ShouldBe("meet");
        frame.Modality.ShouldBe(Modality.Conditional);
        frame.Subject.ShouldBe("joe-biden");
    }

    [Fact]
    public void Considering_a_meeting_is_the_considers_modality()
    {
        _parser.Parse("Biden would consider a meeting with Putin", "en").Modality.ShouldBe(Modality.Considers);
        _parser.Parse("Biden envisagerait une rencontre avec Poutine", "fr").Modality.ShouldBe(Modality.Considers);
    }

    [Fact]
    public void Denying_a_plan_is_the_denies_modality()
    {
        var frame = _parser.Parse("La Russie dément tout projet d'invasion de l'Ukraine", "fr");

        frame.Modality.ShouldBe(Modality.Denies);
        frame.Predicate.ShouldBe("invade");
    }

    [Fact]
    public void Never_and_refuse_negate_a_claim()
    {
        _parser.Parse("Kirby said Washington will never recognize the annexation", "en").Polarity.ShouldBe(Polarity.Negated);
        _parser.Parse("Moscow refuses to withdraw its troops", "en").Polarity.ShouldBe(Polarity.Negated);
        _parser.Parse("Moscow agreed to withdraw its troops", "en").Polarity.ShouldBe(Polarity.Affirmed);
    }

    [Fact]
    public void Billions_of_dollars_of_trade_are_normalized_to_usd()
    {
        var frame = _parser.Parse("le commerce bilatéral a dépassé 140 milliards de dollars l'année dernière", "fr");

        var quantity = frame.Numbers.ShouldHaveSingleItem();
        quantity.Value.ShouldBe(140e9);
        quantity.Unit.ShouldBe("USD");
        quantity.Counts.ShouldBe("trade");
        frame.Time.ShouldContain("l'année dernière");
    }

    [Fact]
    public void A_dollar_sign_and_an_english_scale_word_give_the_same_figure()
    {
        var quantity = _parser.Parse("Putin wants to raise trade to $200 billion", "en").Numbers.ShouldHaveSingleItem();

        quantity.Value.ShouldBe(200e9);
        quantity.Unit.ShouldBe("USD");
        quantity.Counts.ShouldBe("trade");
    }

    [Fact]
    public void Counted_things_become_the_unit_and_years_are_not_numbers()
    {
        var frame = _parser.Parse("En 2022, les missiles étaient au nombre de 28, puis 130 000 soldats", "fr");

        frame.Numbers.Select(n => (n.Value, n.Unit)).ShouldBe([(28d, ""), (130000d, "soldier")]);
        _parser.Parse("28 missiles ont été tirés", "fr").Numbers.ShouldHaveSingleItem().Unit.ShouldBe("missile");
        frame.Time.ShouldContain("En 2022");
    }

    [Fact]
    public void French_decimal_commas_and_english_thousands_commas_are_read_correctly()
    {
        _parser.Parse("un prêt de 1,5 milliard d'euros", "fr").Numbers.ShouldHaveSingleItem().Value.ShouldBe(1.5e9);
        _parser.Parse("a loan of 1,500 tonnes of grain", "en").Numbers.ShouldHaveSingleItem().Value.ShouldBe(1500);
    }

    [Fact]
    public void Time_expressions_are_collected_in_both_languages()
    {
        _parser.Parse("Poutine ne participera pas au sommet qui aura lieu la semaine prochaine", "fr").Time.ShouldContain("la semaine prochaine");
        _parser.Parse("Xi will meet Biden in November", "en").Time.ShouldContain("in November");
        _parser.Parse("Vladimir Poutine a obtenu vendredi le soutien de la Chine", "fr").Time.ShouldContain("vendredi");
    }

    [Fact]
    public void A_sentence_without_a_known_verb_still_gets_a_frame()
    {
        var frame = _parser.Parse("La Chine est prête.", "fr");

        frame.Predicate.ShouldBe(ClaimFrameParser.UnknownPredicate);
        frame.Subject.ShouldBe("Chine");
    }

    [Fact]
    public void A_role_resolves_to_the_person_the_same_text_names()
    {
        var frame = _parser.Parse("Le président américain Joe Biden soutient l'Ukraine", "fr");

        frame.Subject.ShouldBe("joe-biden");
        frame.Predicate.ShouldBe("support");
        frame.Object.ShouldBe("Ukraine");
    }
}
