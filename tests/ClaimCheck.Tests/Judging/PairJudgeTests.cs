using ClaimCheck.Judging;
using static ClaimCheck.Tests.Judging.Claims;

namespace ClaimCheck.Tests.Judging;

public class PairJudgeTests
{
    [Fact]
    public void Rejudging_the_recorded_features_with_the_same_model_gives_the_identical_score()
    {
        var judge = Model.Judge();
        var judgement = judge.Judge(PutinWantsToMeetBiden(), BidenDoesNotIntendToTalk());

        var again = Model.Judge().Rejudge(judgement.Features, judgement.Reasons);

        again.Score.ShouldBe(judgement.Score);
        again.Label.ShouldBe(judgement.Label);
        again.ModelScores.ShouldBe(judgement.ModelScores);
        again.ModelVersion.ShouldBe(judgement.ModelVersion);
    }

    [Fact]
    public void Judging_the_same_statements_twice_gives_the_same_bits()
    {
        var judge = Model.Judge();

        var first = judge.JudgeStatements("Le Sénat a adopté la loi.", "Le Sénat a rejeté la loi.", "fr");
        var second = judge.JudgeStatements("Le Sénat a adopté la loi.", "Le Sénat a rejeté la loi.", "fr");

        BitConverter.DoubleToInt64Bits(second.Score).ShouldBe(BitConverter.DoubleToInt64Bits(first.Score));
        second.Features.ShouldBe(first.Features);
    }

    [Fact]
    public void The_headline_against_its_body_is_a_contradiction_with_reasons_and_explanations()
    {
        var judgement = Model.Judge().Judge(PutinWantsToMeetBiden(), BidenDoesNotIntendToTalk());

        judgement.Label.ShouldBe(PairLabels.Contradiction);
        judgement.Reasons.Select(r => r.RuleId).ShouldContain(RuleIds.HeadlineBody);
        judgement.Score.ShouldBeGreaterThanOrEqualTo(PairJudge.DefaultFlagThreshold);
        judgement.ShouldFlag.ShouldBeTrue();
        judgement.TopContributions.ShouldNotBeEmpty();
        judgement.RulesVersion.ShouldBe(PairJudge.RulesVersion);
        judgement.RulesVersion.ShouldStartWith(RuleIds.RulesVersion);
        judgement.ModelVersion.ShouldStartWith("sha256:");
    }

    [Fact]
    public void A_month_later_refusal_to_attend_is_superseded_not_a_contradiction()
    {
        var judgement = Model.Judge().Judge(PutinWantsToMeetBiden(), PutinWillNotAttendG20());

        judgement.Label.ShouldBe(PairLabels.Superseded);
        judgement.ShouldFlag.ShouldBeTrue();
        judgement.Reasons.Select(r => r.RuleId).ShouldBe([RuleIds.ParticipationConflict, RuleIds.Superseded]);
    }

    [Fact]
    public void Different_speakers_targets_are_not_flagged()
    {
        var putin = Claim("nous augmenterons notre chiffre d'affaires commercial annuel à 200 milliards de dollars",
            Frame("china-russia", "trade", modality: ClaimCheck.Extraction.Modality.Intends, numbers: [UsdBillions(200, "200 milliards de dollars")]), speaker: "vladimir-putin");
        var xi = Claim("Xi a suggéré de porter le commerce bilatéral à 250 milliards de dollars",
            Frame("china-russia", "trade", modality: ClaimCheck.Extraction.Modality.Wants, numbers: [UsdBillions(250, "250 milliards de dollars")]), speaker: "xi-jinping");

        var judgement = Model.Judge().Judge(putin, xi);

        judgement.Reasons.ShouldBeEmpty();
        judgement.Label.ShouldNotBe(PairLabels.Contradiction);
    }

    [Fact]
    public void A_judgement_fills_a_ContradictionFlagged_event_with_everything_needed_to_recompute_it()
    {
        var headline = PutinWantsToMeetBiden();
        var body = BidenDoesNotIntendToTalk();
        var judgement = Model.Judge().Judge(headline, body);
        var caseId = Guid.NewGuid();

        var flag = judgement.ToFlag(caseId, headline, body, November);

        flag.CaseId.ShouldBe(caseId);
        flag.FirstClaimId.ShouldBe(headline.ClaimId);
        flag.SpeakerIds.ShouldBe(["joe-biden", "vladimir-putin"]);
        flag.Label.ShouldBe(PairLabels.Contradiction);
        flag.Probabilities.Keys.ShouldBe(PairLabels.All);
        flag.Features.Count.ShouldBe(PairFeatures.Count);
        flag.ModelVersion.ShouldBe(Model.Classifier.ModelVersion);
        Model.Judge().Rejudge(flag.Features, flag.Reasons).Score.ShouldBe(flag.Score);
    }

    [Fact]
    public void Plain_negation_of_a_statement_is_judged_a_contradiction_and_a_restatement_is_not()
    {
        var judge = Model.Judge();

        judge.JudgeStatements("The minister attended the summit in Rome.", "The minister did not attend the summit in Rome.", "en").Label
            .ShouldBe(PairLabels.Contradiction);
        judge.JudgeStatements("Le ministre a assisté au sommet de Rome.", "Le ministre était au sommet de Rome.", "fr").Label
            .ShouldNotBe(PairLabels.Contradiction);
    }

    [Fact]
    public void Judging_is_safe_from_many_threads_at_once()
    {
        var judge = Model.Judge();
        var expected = judge.JudgeStatements("Les prix ont augmenté.", "Les prix ont baissé.", "fr").Score;

        var scores = Enumerable.Range(0, 2000).AsParallel()
            .Select(_ => judge.JudgeStatements("Les prix ont augmenté.", "Les prix ont baissé.", "fr").Score)
            .Distinct().ToList();

        scores.ShouldBe([expected]);
    }
}
