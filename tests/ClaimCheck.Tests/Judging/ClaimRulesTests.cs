using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using static ClaimCheck.Tests.Judging.Claims;

namespace ClaimCheck.Tests.Judging;

public class ClaimRulesTests
{
    [Fact]
    public void Wanting_to_meet_conflicts_with_not_intending_to_talk_because_meet_and_talk_are_related()
    {
        var rule = ClaimRules.PolarityConflict(PutinWantsToMeetBiden(), BidenDoesNotIntendToTalk());

        rule.ShouldNotBeNull();
        rule.RuleId.ShouldBe(RuleIds.PolarityConflict);
        rule.Reason.ShouldContain("Poutine veut rencontrer Biden");
        rule.Reason.ShouldContain("related predicates");
    }

    [Fact]
    public void Polarity_conflict_does_not_fire_on_same_polarity_or_unrelated_predicates()
    {
        var meets = Claim("Putin meets Biden", Frame("vladimir-putin", "meet", "joe-biden"));
        var talks = Claim("Biden talks with Putin", Frame("joe-biden", "talk", "vladimir-putin"));
        var doesNotSupport = Claim("Putin does not support Biden", Frame("vladimir-putin", "support", "joe-biden", Polarity.Negated));

        ClaimRules.PolarityConflict(meets, talks).ShouldBeNull();
        ClaimRules.PolarityConflict(meets, doesNotSupport).ShouldBeNull();
    }

    [Fact]
    public void Polarity_conflict_needs_the_same_people()
    {
        var meets = Claim("Xi meets Biden", Frame("xi-jinping", "meet", "joe-biden"));
        var doesNotMeet = Claim("Putin will not meet Biden", Frame("vladimir-putin", "meet", "joe-biden", Polarity.Negated));

        ClaimRules.PolarityConflict(meets, doesNotMeet).ShouldBeNull();
    }

    [Fact]
    public void Denying_what_another_claim_asserts_is_a_modality_conflict()
    {
        var asserts = Claim("China supplied weapons to Russia", Frame("china", "support", "russia"));
        var denies = Claim("China denies supplying weapons to Russia", Frame("china", "support", "russia", modality: Modality.Denies));
        var alsoAsserts = Claim("China backs Russia", Frame("china", "support", "russia"));

        ClaimRules.ModalityConflict(asserts, denies)!.RuleId.ShouldBe(RuleIds.ModalityConflict);
        ClaimRules.ModalityConflict(asserts, alsoAsserts).ShouldBeNull();
    }

    [Fact]
    public void Not_attending_the_G20_conflicts_with_meeting_someone_at_the_G20()
    {
        var rule = ClaimRules.ParticipationConflict(PutinWillNotAttendG20(), PutinWantsToMeetBiden());

        rule.ShouldNotBeNull();
        rule.RuleId.ShouldBe(RuleIds.ParticipationConflict);
        rule.Reason.ShouldContain("vladimir-putin will not attend sommet du G20");
    }

    [Fact]
    public void Participation_conflict_does_not_fire_for_another_event_or_another_person()
    {
        var meetsAtSco = Claim("Putin meets Xi at the SCO summit", Frame("vladimir-putin", "meet", "xi-jinping", place: "Samarkand SCO"));
        var xiMeetsAtG20 = Claim("Xi meets Biden at the G20", Frame("xi-jinping", "meet", "joe-biden", place: "G20"));

        ClaimRules.ParticipationConflict(PutinWillNotAttendG20(), meetsAtSco).ShouldBeNull();
        ClaimRules.ParticipationConflict(PutinWillNotAttendG20(), xiMeetsAtG20).ShouldBeNull();
    }

    [Fact]
    public void The_consistent_140_billion_trade_figures_of_articles_002_and_003_are_not_a_numeric_conflict()
    {
        var in002 = Claim("le commerce bilatéral a dépassé 140 milliards de dollars l'année dernière",
            Frame("china-russia", "trade", numbers: [UsdBillions(140, "140 milliards de dollars")]), speaker: "vladimir-putin");
        var in003 = Claim("le commerce a bondi d'un tiers pour atteindre un record de 140 milliards de dollars",
            Frame("china-russia", "trade", numbers: [new Quantity(140.0e9, "USD", null, "140 milliards de dollars")]));

        ClaimRules.NumericConflict(in002, in003).ShouldBeNull();
        ClaimRules.Evaluate(in002, in003).ShouldBeEmpty();
    }

    [Fact]
    public void The_same_quantity_reported_with_different_values_is_a_numeric_conflict()
    {
        var high = Claim("trade reached 140 billion dollars in 2021", Frame("china-russia", "trade", time: ["2021"], numbers: [UsdBillions(140, "140 billion dollars")]));
        var low = Claim("trade reached 90 billion dollars in 2021", Frame("china-russia", "trade", time: ["2021"], numbers: [UsdBillions(90, "90 billion dollars")]));

        var rule = ClaimRules.NumericConflict(high, low);

        rule.ShouldNotBeNull();
        rule.Reason.ShouldContain("140 billion dollars");
        rule.Reason.ShouldContain("tolerance 5");
    }

    [Fact]
    public void Figures_within_tolerance_or_for_different_periods_are_not_a_numeric_conflict()
    {
        var rounded = Claim("trade was about 141 billion", Frame("china-russia", "trade", numbers: [UsdBillions(141, "141 billion")]));
        var exact = Claim("trade was 140 billion", Frame("china-russia", "trade", numbers: [UsdBillions(140, "140 billion")]));
        var in2020 = Claim("trade was 100 billion in 2020", Frame("china-russia", "trade", time: ["2020"], numbers: [UsdBillions(100, "100 billion")]));
        var in2021 = Claim("trade was 140 billion in 2021", Frame("china-russia", "trade", time: ["2021"], numbers: [UsdBillions(140, "140 billion")]));

        ClaimRules.NumericConflict(rounded, exact).ShouldBeNull();
        ClaimRules.NumericConflict(in2020, in2021).ShouldBeNull();
    }

    [Fact]
    public void Putins_200_billion_target_and_Xis_250_billion_target_are_different_speakers_not_a_contradiction()
    {
        var putin = Claim("nous augmenterons notre chiffre d'affaires commercial annuel à 200 milliards de dollars",
            Frame("china-russia", "trade", modality: Modality.Intends, numbers: [UsdBillions(200, "200 milliards de dollars")]), speaker: "vladimir-putin");
        var xi = Claim("Xi a suggéré de porter le commerce bilatéral à 250 milliards de dollars",
            Frame("china-russia", "trade", modality: Modality.Wants, numbers: [UsdBillions(250, "250 milliards de dollars")]), speaker: "xi-jinping");
        var putinAgain = Claim("nous porterons le commerce à 300 milliards de dollars",
            Frame("china-russia", "trade", modality: Modality.Intends, numbers: [UsdBillions(300, "300 milliards de dollars")]), speaker: "vladimir-putin");

        ClaimRules.Evaluate(putin, xi).ShouldBeEmpty();
        ClaimRules.NumericConflict(putin, putinAgain).ShouldNotBeNull();
    }

    [Fact]
    public void A_target_is_not_compared_with_a_reported_figure()
    {
        var reported = Claim("trade exceeded 140 billion dollars", Frame("china-russia", "trade", numbers: [UsdBillions(140, "140 billion")]), speaker: "vladimir-putin");
        var target = Claim("we will raise trade to 200 billion dollars", Frame("china-russia", "trade", modality: Modality.Intends, numbers: [UsdBillions(200, "200 billion")]), speaker: "vladimir-putin");

        ClaimRules.NumericConflict(reported, target).ShouldBeNull();
    }

    [Fact]
    public void The_same_quote_attributed_to_two_people_is_an_attribution_conflict()
    {
        const string quote = "Ce n'est pas le moment de faire comme si de rien n'était avec M. Poutine";
        var kirby = Claim(quote, Frame("us", "say"), kind: QuoteKind.Direct, speaker: "john-kirby");
        var blinken = Claim(quote, Frame("us", "say"), kind: QuoteKind.Direct, speaker: "antony-blinken");
        var kirbyAgain = Claim(quote, Frame("us", "say"), kind: QuoteKind.Direct, speaker: "john-kirby");

        ClaimRules.AttributionConflict(kirby, blinken)!.Reason.ShouldContain("antony-blinken");
        ClaimRules.AttributionConflict(kirby, kirbyAgain).ShouldBeNull();
    }

    [Fact]
    public void Attribution_conflict_ignores_different_quotes_and_short_fragments()
    {
        var a = Claim("Nous apprécions hautement la position équilibrée de nos amis chinois", Frame("russia", "say"), kind: QuoteKind.Direct, speaker: "vladimir-putin");
        var b = Claim("Il a mal calculé avec l'invasion de l'Ukraine cette année", Frame("russia", "say"), kind: QuoteKind.Direct, speaker: "joe-biden");
        var shortA = Claim("zone interdite", Frame("russia", "say"), kind: QuoteKind.Partial, speaker: "vladimir-putin");
        var shortB = Claim("zone interdite", Frame("china", "say"), kind: QuoteKind.Partial, speaker: "xi-jinping");

        ClaimRules.AttributionConflict(a, b).ShouldBeNull();
        ClaimRules.AttributionConflict(shortA, shortB).ShouldBeNull();
    }

    [Fact]
    public void A_quote_reproduced_with_a_dropped_negation_is_an_altered_quote()
    {
        var original = Claim("Je ne pense pas que ce sera le cas cette fois", Frame("joe-biden", "say"), kind: QuoteKind.Direct, speaker: "joe-biden");
        var altered = Claim("Je pense que ce sera le cas cette fois", Frame("joe-biden", "say"), kind: QuoteKind.Direct, speaker: "joe-biden");

        var rule = ClaimRules.AlteredQuote(original, altered);

        rule.ShouldNotBeNull();
        rule.Reason.ShouldContain("negation was dropped");
    }

    [Fact]
    public void An_identical_or_lightly_retranslated_quote_is_not_altered()
    {
        var original = Claim("Nous comprenons vos questions et préoccupations à cet égard", Frame("vladimir-putin", "say"), kind: QuoteKind.Direct, speaker: "vladimir-putin");
        var same = Claim("Nous comprenons vos questions et préoccupations à cet égard", Frame("vladimir-putin", "say"), kind: QuoteKind.Direct, speaker: "vladimir-putin");
        var punctuation = Claim("Nous comprenons vos questions, et préoccupations, à cet égard.", Frame("vladimir-putin", "say"), kind: QuoteKind.Direct, speaker: "vladimir-putin");

        ClaimRules.AlteredQuote(original, same).ShouldBeNull();
        ClaimRules.AlteredQuote(original, punctuation).ShouldBeNull();
    }

    [Fact]
    public void A_headline_contradicted_by_its_own_body_fires_headline_body_but_not_superseded()
    {
        var fired = ClaimRules.Evaluate(PutinWantsToMeetBiden(), BidenDoesNotIntendToTalk()).Select(r => r.RuleId).ToList();

        fired.ShouldContain(RuleIds.PolarityConflict);
        fired.ShouldContain(RuleIds.HeadlineBody);
        fired.ShouldNotContain(RuleIds.Superseded);
    }

    [Fact]
    public void Headline_body_does_not_fire_across_articles_or_without_a_conflict()
    {
        var otherArticleBody = BidenDoesNotIntendToTalk() with { ArticleId = Guid.NewGuid() };
        var agreeingBody = Claim("Poutine souhaite rencontrer Biden à Bali", Frame("vladimir-putin", "meet", "joe-biden", modality: Modality.Wants, place: "G20"), Article001);

        ClaimRules.Evaluate(PutinWantsToMeetBiden(), otherArticleBody).Select(r => r.RuleId).ShouldNotContain(RuleIds.HeadlineBody);
        ClaimRules.Evaluate(PutinWantsToMeetBiden(), agreeingBody).ShouldBeEmpty();
    }

    [Fact]
    public void An_intention_followed_a_month_later_by_a_contrary_decision_is_superseded()
    {
        var fired = ClaimRules.Evaluate(PutinWillNotAttendG20(), PutinWantsToMeetBiden());

        fired.Select(r => r.RuleId).ShouldBe([RuleIds.ParticipationConflict, RuleIds.Superseded]);
        fired.Single(r => r.RuleId == RuleIds.Superseded).Reason.ShouldContain("30 days later");
    }

    [Fact]
    public void The_same_conflict_on_the_same_day_is_not_superseded()
    {
        var sameDay = PutinWillNotAttendG20() with { PublishedAt = October };

        var fired = ClaimRules.Evaluate(PutinWantsToMeetBiden(), sameDay).Select(r => r.RuleId).ToList();

        fired.ShouldContain(RuleIds.ParticipationConflict);
        fired.ShouldNotContain(RuleIds.Superseded);
    }

    [Fact]
    public void A_fact_later_contradicted_is_not_superseded()
    {
        var met = Claim("Putin met Biden in Geneva", Frame("vladimir-putin", "meet", "joe-biden", place: "Geneva"), publishedAt: October);
        var neverMet = Claim("Putin never met Biden in Geneva", Frame("vladimir-putin", "meet", "joe-biden", Polarity.Negated, place: "Geneva"), publishedAt: November);

        var fired = ClaimRules.Evaluate(met, neverMet).Select(r => r.RuleId).ToList();

        fired.ShouldBe([RuleIds.PolarityConflict]);
    }

    [Fact]
    public void Rules_give_the_same_result_whichever_claim_comes_first()
    {
        var a = PutinWantsToMeetBiden();
        var b = PutinWillNotAttendG20();

        ClaimRules.Evaluate(a, b).ShouldBe(ClaimRules.Evaluate(b, a));
    }
}
