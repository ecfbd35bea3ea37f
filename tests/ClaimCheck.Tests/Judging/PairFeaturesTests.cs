using ClaimCheck.Judging;

namespace ClaimCheck.Tests.Judging;

public class PairFeaturesTests
{
    private static float Feature(string premise, string hypothesis, string name, string? language = null) =>
        PairFeatures.Compute(premise, hypothesis, language, [])[PairFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void French_and_English_negations_are_detected()
    {
        Feature("Biden veut parler à Poutine.", "Biden n'a pas l'intention de parler à Poutine.", "negation_mismatch").ShouldBe(1);
        Feature("He will attend.", "He won't attend.", "negation_mismatch").ShouldBe(1);
        Feature("Il ne viendra jamais.", "He will never come.", "negation_mismatch").ShouldBe(0);
        Feature("Il y a plus de monde.", "Il n'y a plus personne.", "negation_mismatch").ShouldBe(1);
    }

    [Fact]
    public void Scaled_figures_are_normalized_before_comparison()
    {
        TextNumbers.Read("140 milliards de dollars", "fr").ShouldContain(n => n.Value == 140e9);
        TextNumbers.Read("140 billion dollars", "en").ShouldContain(n => n.Value == 140e9);
        TextNumbers.Read("1,5 million d'habitants", "fr").ShouldContain(n => n.Value == 1.5e6);
        TextNumbers.Read("1,500 workers", "en").ShouldContain(n => n.Value == 1500);
        TextNumbers.Read("en 2014", "fr").Single().IsYear.ShouldBeTrue();

        Feature("Trade reached 140 billion dollars.", "Le commerce a atteint 140 milliards de dollars.", "number_mismatch").ShouldBe(0);
        Feature("Trade reached 140 billion dollars.", "Trade reached 90 billion dollars.", "number_mismatch").ShouldBe(1);
    }

    [Fact]
    public void Antonyms_and_implicit_negations_are_detected()
    {
        Feature("Les exportations ont augmenté.", "Les exportations ont baissé.", "antonym_pair").ShouldBe(1);
        Feature("The team won the final.", "The team lost the final.", "antonym_pair").ShouldBe(1);
        Feature("The minister travelled to Kyiv.", "The minister cancelled his trip to Kyiv.", "implicit_negation_mismatch").ShouldBe(1);
    }

    [Fact]
    public void Rule_features_are_set_by_fired_rules_and_survive_a_round_trip_through_a_dictionary()
    {
        var vector = PairFeatures.Compute("a", "b", "en", [new FiredRule(RuleIds.NumericConflict, "x")]);

        vector[PairFeatures.Names.ToList().IndexOf("rule:" + RuleIds.NumericConflict)].ShouldBe(1);
        PairFeatures.FromDictionary(PairFeatures.ToDictionary(vector)).ShouldBe(vector);
    }
}
