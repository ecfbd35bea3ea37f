using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using static ClaimCheck.Tests.Judging.Claims;

namespace ClaimCheck.Tests.Judging;

public class ClaimComparisonTests
{
    private static readonly Guid ArticleA = Guid.NewGuid();
    private static readonly Guid ArticleB = Guid.NewGuid();

    private static JudgedClaim Said(string text, Guid article, string? speaker = null, QuoteKind kind = QuoteKind.Direct, DateTimeOffset? at = null) =>
        Claim(text, ClaimFrameParser.Parse(text, null), article, at ?? October, kind, speaker);

    [Fact]
    public void Statements_sharing_one_word_are_not_about_the_same_thing()
    {
        var comparison = ClaimComparison.Compare("Enough is enough, we will not stop.", "I have had enough of this campaign.", "en");
        comparison.IsTopical.ShouldBeFalse();
        comparison.Signals.ShouldBeEmpty();
    }

    [Fact]
    public void A_negation_of_the_shared_predicate_is_a_signal_with_the_words_it_negates()
    {
        var comparison = ClaimComparison.Compare(
            "Le gouvernement va fermer la centrale nucléaire de Fessenheim en 2020.",
            "Le gouvernement ne va pas fermer la centrale nucléaire de Fessenheim en 2020.", "fr");
        comparison.IsTopical.ShouldBeTrue();
        var signal = comparison.Signals.ShouldHaveSingleItem();
        signal.Kind.ShouldBe("negation");
        signal.Reason.ShouldContain("ferm");
    }

    [Fact]
    public void A_negation_of_a_name_is_not_a_conflict_with_another_sentence_naming_the_same_person()
    {
        var comparison = ClaimComparison.Compare("So why didn't Donald Trump pay his?", "And that's why Donald Trump is on his way to the White House.", "en");
        comparison.Signals.ShouldBeEmpty();
    }

    [Fact]
    public void Long_quotes_are_compared_on_their_best_aligned_sentences()
    {
        // The negation is in a sentence the other quote does not share; the shared sentence agrees.
        var comparison = ClaimComparison.Compare(
            "We have got to do everything possible to improve policing. This is not who we are.",
            "We have got to do everything possible to improve policing, to go right at implicit bias.", "en");
        comparison.IsTopical.ShouldBeTrue();
        comparison.Signals.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Le chômage a augmenté de 2 % en 2019 selon l'Insee.", "Le chômage a augmenté de 5 % en 2019 selon l'Insee.", "number")]
    [InlineData("Le chômage a augmenté de 2 % en 2019 selon l'Insee.", "Le chômage a augmenté de 2 % en 2017 selon l'Insee.", "date")]
    [InlineData("Unemployment rose sharply in Ohio last year, the bureau said.", "Unemployment fell sharply in Ohio last year, the bureau said.", "antonym")]
    [InlineData("Le traité a été signé par Angela Merkel à Bruxelles hier soir.", "Le traité a été signé par Theresa May à Bruxelles hier soir.", "entity")]
    public void Each_kind_of_surface_conflict_is_found_between_aligned_statements(string first, string second, string kind)
    {
        var comparison = ClaimComparison.Compare(first, second, first.Contains("selon") || first.Contains("traité") ? "fr" : "en");
        comparison.Signals.Select(s => s.Kind).ShouldContain(kind);
    }

    [Fact]
    public void Sentences_are_bounded_so_a_huge_statement_costs_bounded_work()
    {
        var huge = string.Concat(Enumerable.Repeat("Une phrase courte. ", 10_000));
        ClaimComparison.Sentences(huge).Count.ShouldBe(ClaimComparison.MaxSentences);
        Should.NotThrow(() => ClaimComparison.Compare(huge, huge, "fr"));
    }
}

/// <summary>The judge's precision bar on pairs of the kinds real news produces in bulk.</summary>
public class PrecisionGateTests
{
    private static readonly PairJudge Judge = Model.Judge();

    private static JudgedClaim Said(string text, Guid article, string? speaker = null, QuoteKind kind = QuoteKind.Direct, DateTimeOffset? at = null) =>
        Claim(text, ClaimFrameParser.Parse(text, null), article, at ?? October, kind, speaker);

    // Real-news-like statements from unrelated stories, in both languages, several with negations and figures.
    private static readonly string[] Unrelated =
    [
        "I am proud of you.",
        "Don't you do it.",
        "We're not going to stop. It's going to go on every day.",
        "Nobody has the guts to talk about it.",
        "Are we where we need to be? Probably not.",
        "The storm did not reach the coast before Monday.",
        "Le ministre n'a pas souhaité commenter la décision du tribunal.",
        "Nous ne lâcherons rien, la grève continuera jusqu'à jeudi.",
        "Le club a recruté deux joueurs pour 40 millions d'euros.",
        "Il n'y a aucune raison de s'inquiéter pour la récolte de cette année.",
        "La ville a reçu 12 000 visiteurs pendant le festival.",
        "Je ne suis pas candidat à l'élection présidentielle.",
    ];

    public static TheoryData<int, int> UnrelatedPairs()
    {
        var data = new TheoryData<int, int>();
        for (var i = 0; i < Unrelated.Length; i++)
            for (var j = i + 1; j < Unrelated.Length; j++)
                data.Add(i, j);
        return data;
    }

    [Theory]
    [MemberData(nameof(UnrelatedPairs))]
    public void Unrelated_statements_from_different_articles_are_never_flagged(int i, int j)
    {
        var judgement = Judge.Judge(Said(Unrelated[i], Guid.NewGuid(), "speaker-a"), Said(Unrelated[j], Guid.NewGuid(), "speaker-b"));
        judgement.ShouldFlag.ShouldBeFalse($"{judgement.Label} {judgement.Score}: {string.Join(" | ", judgement.Reasons.Select(r => r.Reason))}");
    }

    [Fact]
    public void A_model_only_contradiction_is_not_flagged()
    {
        // Negation and low overlap push the model towards "contradiction", but nothing ties the statements together.
        var judgement = Judge.Judge(Said("Don't you do it.", Guid.NewGuid()), Said("I love you.", Guid.NewGuid()));
        judgement.Reasons.ShouldBeEmpty();
        judgement.ShouldFlag.ShouldBeFalse();
    }

    [Fact]
    public void Two_body_statements_of_one_article_are_a_reported_debate_not_a_flag()
    {
        var article = Guid.NewGuid();
        var judgement = Judge.Judge(
            Said("Le gouvernement va fermer la centrale de Fessenheim en 2020.", article, "ministre"),
            Said("Le gouvernement ne va pas fermer la centrale de Fessenheim en 2020.", article, "syndicat"));
        judgement.ShouldFlag.ShouldBeFalse();
    }

    [Fact]
    public void The_same_statement_negated_in_another_article_is_flagged_with_the_aligned_negation()
    {
        var judgement = Judge.Judge(
            Said("Le gouvernement va fermer la centrale nucléaire de Fessenheim en 2020.", Guid.NewGuid(), "elisabeth-borne", QuoteKind.Indirect),
            Said("Le gouvernement ne va pas fermer la centrale nucléaire de Fessenheim en 2020.", Guid.NewGuid(), "elisabeth-borne", QuoteKind.Indirect, November));
        judgement.ShouldFlag.ShouldBeTrue();
        judgement.Reasons.Select(r => r.RuleId).ShouldContain(EvidenceIds.Negation);
    }

    [Fact]
    public void Rejudging_the_recorded_features_and_reasons_gives_the_same_flag_decision()
    {
        var judgement = Judge.Judge(
            Said("Le gouvernement va fermer la centrale nucléaire de Fessenheim en 2020.", Guid.NewGuid(), "elisabeth-borne", QuoteKind.Indirect),
            Said("Le gouvernement ne va pas fermer la centrale nucléaire de Fessenheim en 2020.", Guid.NewGuid(), "elisabeth-borne", QuoteKind.Indirect, November));
        var again = Judge.Rejudge(judgement.Features, judgement.Reasons);
        (again.Label, again.Score, again.ShouldFlag).ShouldBe((judgement.Label, judgement.Score, judgement.ShouldFlag));
    }
}
