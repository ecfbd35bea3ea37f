using ClaimCheck.Judging;
using static ClaimCheck.Tests.Judging.Claims;

namespace ClaimCheck.Tests.Judging;

public class ClaimIndexTests
{
    [Fact]
    public void A_claim_is_compared_with_claims_about_the_same_people_and_related_predicates_only()
    {
        var index = new ClaimIndex();
        var notAttending = PutinWillNotAttendG20();
        var unrelated = Claim("Xi supports Kazakhstan", Frame("xi-jinping", "support", "kazakhstan"));
        var otherPerson = Claim("Zelensky asks for air defence", Frame("volodymyr-zelensky", "ask", "air defence"));
        index.Add(notAttending);
        index.Add(unrelated);
        index.Add(otherPerson);

        var candidates = index.CandidatesFor(PutinWantsToMeetBiden());

        candidates.ShouldContain(notAttending);
        candidates.ShouldNotContain(unrelated);
        candidates.ShouldNotContain(otherPerson);
    }

    [Fact]
    public void Claims_of_the_same_article_are_always_candidates_so_a_headline_meets_its_body()
    {
        var index = new ClaimIndex();
        var body = Claim("Zelensky a averti qu'un dialogue ne serait possible qu'avec un autre dirigeant", Frame("volodymyr-zelensky", "say"), Article001);
        index.Add(body);

        index.CandidatesFor(PutinWantsToMeetBiden()).ShouldContain(body);
    }

    [Fact]
    public void A_reused_quote_is_found_through_its_distinctive_words_even_under_another_speaker()
    {
        var index = new ClaimIndex();
        var kirby = Claim("Ce n'est pas le moment de faire comme si de rien n'était avec M. Poutine", Frame(null, "say"),
            kind: ClaimCheck.Extraction.QuoteKind.Direct, speaker: "john-kirby");
        index.Add(kirby);
        var blinken = kirby with { ClaimId = Guid.NewGuid(), ArticleId = Guid.NewGuid(), SpeakerId = "antony-blinken" };

        index.CandidatesFor(blinken).ShouldContain(kirby);
    }

    [Fact]
    public void Each_key_keeps_only_its_most_recent_claims_so_candidate_work_stays_bounded()
    {
        var index = new ClaimIndex(maxClaimsPerKey: 10);
        for (var i = 0; i < 100; i++)
            index.Add(Claim($"Putin meets leader {i}", Frame("vladimir-putin", "meet", $"leader-{i}")));

        var putinWillNotMeetAnyone = Claim("Putin will not meet anyone", Frame("vladimir-putin", "meet", polarity: ClaimCheck.Extraction.Polarity.Negated));

        index.Count.ShouldBe(100);
        var candidates = index.CandidatesFor(putinWillNotMeetAnyone);
        candidates.Count.ShouldBe(10);
        candidates.ShouldAllBe(c => int.Parse(c.Frame.Object!.Split('-')[1]) >= 90);
    }

    [Fact]
    public void A_claim_naming_both_people_is_not_compared_with_everything_else_its_subject_did()
    {
        var index = new ClaimIndex();
        var others = Enumerable.Range(0, 50).Select(i => Claim($"Putin meets leader {i}", Frame("vladimir-putin", "meet", $"leader-{i}"))).ToList();
        others.ForEach(index.Add);
        var bidenTalks = BidenDoesNotIntendToTalk() with { ArticleId = Guid.NewGuid() };
        index.Add(bidenTalks);

        var candidates = index.CandidatesFor(PutinWantsToMeetBiden());

        candidates.ShouldBe([bidenTalks]);
    }

    [Fact]
    public void Judging_an_article_finds_the_headline_body_and_cross_article_cases()
    {
        var index = new ClaimIndex();
        index.JudgeArticle([PutinWillNotAttendG20()], Model.Judge());

        var results = index.JudgeArticle([PutinWantsToMeetBiden(), BidenDoesNotIntendToTalk()], Model.Judge());

        results.ShouldContain(r => r.Judgement.Label == PairLabels.Superseded);
        results.ShouldContain(r => r.Judgement.Reasons.Any(x => x.RuleId == RuleIds.HeadlineBody));
    }
}

public class ClaimIndexKeyTests
{
    [Fact]
    public void Claims_a_rule_finds_in_conflict_share_a_stored_key_so_stores_can_match_articles_by_key_overlap()
    {
        (JudgedClaim, JudgedClaim)[] conflicting =
        [
            (PutinWantsToMeetBiden(), BidenDoesNotIntendToTalk()),
            (PutinWantsToMeetBiden(), PutinWillNotAttendG20()),
            (Claim("trade reached 140 billion", Frame("china-russia", "trade", numbers: [UsdBillions(140, "140 billion")])),
             Claim("trade reached 90 billion", Frame("china-russia", "trade", numbers: [UsdBillions(90, "90 billion")]))),
        ];

        foreach (var (a, b) in conflicting)
        {
            ClaimRules.Evaluate(a, b).ShouldNotBeEmpty();
            ClaimIndex.KeysOf(a).Intersect(ClaimIndex.KeysOf(b)).ShouldNotBeEmpty();
        }
    }
}
