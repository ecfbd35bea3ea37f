using ClaimCheck.Extraction;
using ClaimCheck.Judging;

namespace ClaimCheck.Tests.Judging;

public sealed class QuoteVerificationTests
{
    private static readonly DateTimeOffset Monday = new(2023, 3, 6, 0, 0, 0, TimeSpan.Zero);

    private static StoredClaim Quote(string text, string? speakerId, string? speaker, string cue, DateTimeOffset date, string language = "fr",
        QuoteKind kind = QuoteKind.Direct) =>
        new(new JudgedClaim(Guid.NewGuid(), Guid.NewGuid(), date, kind, speakerId, text, $"« {text} », a {cue}.",
            Claims.Frame(speakerId, "say"), "test"), language, speaker, cue);

    [Fact]
    public void The_same_French_quote_given_to_two_people_is_a_misattribution_naming_both_attributions()
    {
        var first = Quote("Nous ne céderons rien sur la réforme des retraites", "elisabeth-borne", "Élisabeth Borne", "a déclaré", Monday);
        var second = Quote("Nous ne céderons rien sur la réforme des retraites", "emmanuel-macron", "Emmanuel Macron", "a affirmé", Monday.AddDays(2));

        var finding = QuoteVerification.Verify(second, first).ShouldNotBeNull();

        finding.Label.ShouldBe(QuoteVerification.Misattribution);
        finding.First.ShouldBe(first);
        finding.Score.ShouldBe(1.0);
        var reason = finding.Reasons.ShouldHaveSingleItem();
        reason.RuleId.ShouldBe(QuoteVerification.MisattributionRule);
        reason.Reason.ShouldContain("Élisabeth Borne (elisabeth-borne, cue “a déclaré”)");
        reason.Reason.ShouldContain("Emmanuel Macron (emmanuel-macron, cue “a affirmé”)");
        reason.Reason.ShouldContain(first.Claim.ArticleId.ToString());
        reason.Reason.ShouldContain(second.Claim.ArticleId.ToString());
        reason.Reason.ShouldContain("9 of the 9 words");
    }

    [Fact]
    public void A_shorter_extract_of_the_same_English_words_given_to_someone_else_is_still_a_misattribution()
    {
        var first = Quote("We will not raise taxes on working families, not this year and not next year", "joe-biden", "Joe Biden", "said", Monday, "en");
        var second = Quote("We will not raise taxes on working families", "kamala-harris", "Kamala Harris", "told reporters", Monday.AddDays(1), "en");

        QuoteVerification.Verify(first, second).ShouldNotBeNull().Label.ShouldBe(QuoteVerification.Misattribution);
    }

    [Fact]
    public void The_same_speaker_quoted_with_a_word_changed_is_an_altered_quote_with_the_word_difference()
    {
        var first = Quote("Nous allons augmenter les salaires des enseignants dès la rentrée", "gabriel-attal", "Gabriel Attal", "a promis", Monday);
        var second = Quote("Nous allons geler les salaires des enseignants dès la rentrée", "gabriel-attal", "Gabriel Attal", "a dit", Monday.AddDays(3));

        var finding = QuoteVerification.Verify(first, second).ShouldNotBeNull();

        finding.Label.ShouldBe(QuoteVerification.AlteredQuote);
        var reason = finding.Reasons.ShouldHaveSingleItem().Reason;
        reason.ShouldContain("[-augmenter-] {+geler+}");
        reason.ShouldContain("dropped: “augmenter”; added: “geler”");
        reason.ShouldNotContain("negation");
        finding.Features["quote.inner_edits"].ShouldBe(2);
    }

    [Fact]
    public void An_English_quote_with_a_negation_added_says_so()
    {
        var first = Quote("The plant will close at the end of the year", "mary-barra", "Mary Barra", "said", Monday, "en");
        var second = Quote("The plant will not close at the end of the year", "mary-barra", "Mary Barra", "said", Monday.AddDays(1), "en");

        var finding = QuoteVerification.Verify(first, second).ShouldNotBeNull();

        finding.Label.ShouldBe(QuoteVerification.AlteredQuote);
        finding.Reasons[0].Reason.ShouldContain("{+not+}");
        finding.Reasons[0].Reason.ShouldContain("A negation was added.");
        finding.Features["quote.negation_changed"].ShouldBe(1);
    }

    [Fact]
    public void Quoting_a_shorter_extract_of_the_same_speaker_or_changing_only_case_and_apostrophes_is_not_an_alteration()
    {
        var full = Quote("Je n'ai jamais dit que la guerre serait courte, je dis qu'elle sera longue", "volodymyr-zelensky", "Volodymyr Zelensky", "a déclaré", Monday);
        var extract = Quote("la guerre serait courte, je dis qu’elle sera longue", "volodymyr-zelensky", "Volodymyr Zelensky", "a ajouté", Monday.AddDays(1));
        var recased = Quote("JE N’AI JAMAIS DIT QUE LA GUERRE SERAIT COURTE, je dis qu'elle sera longue", "volodymyr-zelensky", "Volodymyr Zelensky", "a dit", Monday.AddDays(2));

        QuoteVerification.Verify(full, extract).ShouldBeNull();
        QuoteVerification.Verify(full, recased).ShouldBeNull();
    }

    [Fact]
    public void A_paraphrase_of_ones_own_words_is_not_a_flag()
    {
        var first = Quote("Nous ne céderons rien sur la réforme des retraites", "elisabeth-borne", "Élisabeth Borne", "a déclaré", Monday);
        var paraphrase = Quote("Le gouvernement ne reculera pas sur le projet de réforme des retraites", "elisabeth-borne", "Élisabeth Borne", "a répété", Monday.AddDays(1));

        QuoteVerification.Verify(first, paraphrase).ShouldBeNull();
    }

    [Fact]
    public void An_unknown_speaker_against_a_known_one_short_quotes_and_indirect_speech_are_not_verified()
    {
        var known = Quote("Nous ne céderons rien sur la réforme des retraites", "elisabeth-borne", "Élisabeth Borne", "a déclaré", Monday);
        QuoteVerification.Verify(known, Quote("Nous ne céderons rien sur la réforme des retraites", null, null, "", Monday.AddDays(1))).ShouldBeNull();
        QuoteVerification.Verify(Quote("Rien du tout", "a", "A", "a dit", Monday), Quote("Rien du tout", "b", "B", "a dit", Monday)).ShouldBeNull();
        QuoteVerification.Verify(known, Quote("Nous ne céderons rien sur la réforme des retraites", "emmanuel-macron", "Emmanuel Macron", "a dit", Monday,
            kind: QuoteKind.Indirect)).ShouldBeNull();
    }

    [Fact]
    public void The_decision_is_recomputed_from_the_recorded_features()
    {
        var first = Quote("Nous allons augmenter les salaires des enseignants dès la rentrée", "gabriel-attal", "Gabriel Attal", "a promis", Monday);
        var second = Quote("Nous allons geler les salaires des enseignants dès la rentrée", "gabriel-attal", "Gabriel Attal", "a dit", Monday.AddDays(3));
        var finding = QuoteVerification.Verify(first, second).ShouldNotBeNull();

        QuoteVerification.Decide(finding.Features).ShouldBe(finding.Label);
        QuoteVerification.Score(finding.Features).ShouldBe(finding.Score);
    }

    [Fact]
    public void The_word_diff_is_a_longest_common_subsequence_over_words()
    {
        var diff = WordDiff.Compare("a b c d e f", "a x c d f g");

        diff.Common.ShouldBe(4);
        diff.InnerDropped.ShouldBe(["b", "e"]);
        diff.InnerAdded.ShouldBe(["x"]);
        diff.Steps.Last().ShouldBe(new DiffWord(DiffOp.Added, "g"));
    }
}

public sealed class ClaimRetrievalTests
{
    private static StoredClaim Stored(string sentence, string? speaker, ClaimFrame frame, DateTimeOffset date, QuoteKind kind = QuoteKind.Indirect, string? text = null) =>
        new(new JudgedClaim(Guid.NewGuid(), Guid.NewGuid(), date, kind, speaker, text ?? sentence, sentence, frame, "test"), "fr", speaker, "a dit");

    [Fact]
    public void A_claim_about_the_same_person_and_topic_is_a_candidate_and_one_sharing_only_a_person_is_not()
    {
        var retrieval = new InMemoryClaimRetrieval(JudgingWindow.Default);
        var topical = Stored("Vladimir Poutine ne participera pas au sommet du G20 à Bali", null, Claims.Frame("vladimir-putin", "attend", "G20"), Claims.October);
        var unrelated = Stored("Vladimir Poutine a inauguré un pont en Crimée", null, Claims.Frame("vladimir-putin", "open"), Claims.October);
        var otherPerson = Stored("Joe Biden ne participera pas au sommet du G20 à Bali", null, Claims.Frame("joe-biden", "attend", "G20"), Claims.October);
        foreach (var claim in new[] { topical, unrelated, otherPerson }) retrieval.Add(claim);

        var found = retrieval.CandidatesFor(Stored("Poutine veut participer au sommet du G20", null, Claims.Frame("vladimir-putin", "attend", "G20"), Claims.November));

        found.Candidates.ShouldBe([topical]);
        found.Truncated.ShouldBeFalse();
    }

    [Fact]
    public void Quotes_with_the_same_words_are_candidates_whoever_said_them_but_not_outside_the_window()
    {
        var retrieval = new InMemoryClaimRetrieval(new JudgingWindow(TimeSpan.FromDays(30)));
        var sameWords = Stored("« Nous ne céderons rien sur la réforme », a dit Élisabeth Borne", "elisabeth-borne", Claims.Frame("elisabeth-borne", "say"),
            Claims.October, QuoteKind.Direct, "Nous ne céderons rien sur la réforme");
        var tooOld = sameWords with { Claim = sameWords.Claim with { ClaimId = Guid.NewGuid(), ArticleId = Guid.NewGuid(), PublishedAt = Claims.October.AddDays(-60) } };
        retrieval.Add(sameWords);
        retrieval.Add(tooOld);

        var found = retrieval.CandidatesFor(Stored("Emmanuel Macron : « Nous ne céderons rien sur la réforme »", "emmanuel-macron",
            Claims.Frame("emmanuel-macron", "say"), Claims.October.AddDays(1), QuoteKind.Direct, "Nous ne céderons rien sur la réforme"));

        found.Candidates.ShouldBe([sameWords]);
    }

    [Fact]
    public void When_a_person_has_more_topical_claims_than_the_ceiling_the_newest_are_kept()
    {
        var retrieval = new InMemoryClaimRetrieval(JudgingWindow.Default);
        var stored = Enumerable.Range(0, ClaimRetrieval.TopicalLimit + 5)
            .Select(i => Stored($"Vladimir Poutine parle du sommet du G20 numéro {i}", null, Claims.Frame("vladimir-putin", "say"), Claims.October.AddDays(-i)))
            .ToList();
        foreach (var claim in stored) retrieval.Add(claim);

        var found = retrieval.CandidatesFor(Stored("Poutine veut participer au sommet du G20", null, Claims.Frame("vladimir-putin", "attend", "G20"), Claims.November));

        found.Truncated.ShouldBeTrue();
        found.Candidates.ShouldBe(stored.Take(ClaimRetrieval.TopicalLimit).ToList());
    }

    [Fact]
    public void The_same_speakers_short_quote_with_one_word_changed_is_a_candidate_through_a_three_word_run()
    {
        var retrieval = new InMemoryClaimRetrieval(JudgingWindow.Default);
        var earlier = Stored("« Nous ne céderons rien sur la réforme », a dit Élisabeth Borne", "elisabeth-borne", Claims.Frame("elisabeth-borne", "say"),
            Claims.October, QuoteKind.Direct, "Nous ne céderons rien sur la réforme");
        retrieval.Add(earlier);
        var altered = Stored("« Nous ne céderons pas sur la réforme », a dit la Première ministre", "elisabeth-borne", Claims.Frame("elisabeth-borne", "say"),
            Claims.November, QuoteKind.Direct, "Nous ne céderons pas sur la réforme");

        // No run of four words is shared ("nous ne céderons" | "sur la réforme"); the speaker's three-word runs are.
        ClaimRetrieval.QuoteKeys(altered).ShouldContain("elisabeth-borne|nous ne céderons");
        ClaimRetrieval.QuoteKeys(altered).Intersect(ClaimRetrieval.QuoteKeys(earlier)).ShouldAllBe(k => k.StartsWith("elisabeth-borne|"));
        retrieval.CandidatesFor(altered).Candidates.ShouldBe([earlier]);
    }

    [Fact]
    public void A_run_of_stop_words_only_is_no_quote_key()
    {
        var quote = Stored("« Je ne suis pas de ceux qui reculent », a dit Olaf Scholz", "olaf-scholz", Claims.Frame("olaf-scholz", "say"),
            Claims.October, QuoteKind.Direct, "Je ne suis pas de ceux qui reculent");

        var keys = ClaimRetrieval.QuoteKeys(quote);

        keys.ShouldNotContain("je ne suis pas");
        keys.ShouldNotContain("ne suis pas de");
        keys.ShouldContain("suis pas de ceux");
        keys.ShouldContain("olaf-scholz|ceux qui reculent");
        keys.ShouldNotContain("olaf-scholz|ne suis pas");
        ClaimRetrieval.QuoteKeys(Stored("Il ne le sera pas", null, Claims.Frame(null, "say"), Claims.October, QuoteKind.Direct)).ShouldBeEmpty();
    }

    [Fact]
    public void Terms_follow_PostgreSQL_french_text_search_on_elisions_hyphens_numbers_and_stop_words()
    {
        var terms = ClaimTerms.Of("Joe Biden \"n'a pas l'intention\" de parler avec Vladimir Poutine au G20, a déclaré le porte-parole. 3,5 % et 3.5", "fr");

        terms.ShouldBe(["jo", "biden", "a", "intent", "parl", "vladim", "poutin", "g20", "déclar", "porte-parol", "port", "parol", "3", "5", "3.5"], ignoreOrder: true);
    }

    [Fact]
    public void Trigram_similarity_is_pg_trgm_similarity()
    {
        // select similarity('word', 'two words') = 0.36363637 in PostgreSQL 15.
        Trigrams.Similarity("word", "two words").ShouldBe(4.0 / 11, 1e-6);
    }
}

public sealed class MisattributionEvidenceTests
{
    private static readonly DateTimeOffset Monday = new(2023, 3, 6, 0, 0, 0, TimeSpan.Zero);

    private static StoredClaim Quote(string text, string? speakerId, string? speaker, string cue, DateTimeOffset date, string language = "en") =>
        new(new JudgedClaim(Guid.NewGuid(), Guid.NewGuid(), date, QuoteKind.Direct, speakerId, text, $"“{text},” {speaker} {cue}.",
            Claims.Frame(speakerId, "say"), "test"), language, speaker, cue);

    [Fact]
    public void Words_attributed_without_a_speech_verb_on_one_side_are_not_called_a_misattribution()
    {
        var first = Quote("The unfairness of the tax laws is unbelievable", "donald-trump", "Donald Trump", "said", Monday, "en");
        var second = Quote("The unfairness of the tax laws is unbelievable", "mike-pence", "Mike Pence", "", Monday.AddDays(1), "en");
        QuoteVerification.Verify(first, second).ShouldBeNull();
    }

    [Fact]
    public void A_quote_whose_own_sentence_names_the_other_speaker_is_our_attribution_to_doubt_not_a_misattribution()
    {
        // "..., Trump said Monday" read as the words of "Monday": the sentence names Trump.
        var first = Quote("The unfairness of the tax laws is unbelievable", "donald-trump", "Donald Trump", "said", Monday, "en");
        var second = new StoredClaim(new JudgedClaim(Guid.NewGuid(), Guid.NewGuid(), Monday.AddDays(1), QuoteKind.Direct, "monday",
            "The unfairness of the tax laws is unbelievable", "“The unfairness of the tax laws is unbelievable,” Trump said Monday.",
            Claims.Frame("monday", "say"), "test"), "en", "Monday", "said");
        QuoteVerification.Verify(first, second).ShouldBeNull();
    }

    [Theory]
    [InlineData("We have got to do everything possible to improve policing", "We’ve got to do everything possible to improve policing")]
    [InlineData("We do not accept this deal and we will not sign it", "We don't accept this deal and we won't sign it")]
    [InlineData("This is just unbearable and it needs to be intolerable", "I mean, this is just unbearable, and, uh, it needs to be intolerable")]
    public void Contractions_and_disfluencies_are_no_alteration(string first, string second)
    {
        var diff = WordDiff.Compare(first, second);
        diff.InnerDropped.ShouldBeEmpty(diff.Describe());
        diff.InnerAdded.ShouldBeEmpty(diff.Describe());
    }

    [Fact]
    public void A_shared_word_just_before_the_extract_does_not_make_the_extract_an_alteration()
    {
        // "we" of "who we are" must not be aligned with the "We" that opens the shorter quote.
        var diff = WordDiff.Compare("We have got to do everything possible to improve policing",
            "say, look, this is not who we are. We’ve got to do everything possible to improve policing");
        diff.Common.ShouldBe(10);
        (diff.InnerDropped.Count + diff.InnerAdded.Count).ShouldBe(0, diff.Describe());
    }

    [Fact]
    public void A_negation_spelled_as_a_contraction_is_still_a_change()
    {
        var diff = WordDiff.Compare("We will sign the agreement with Canada this year", "We won't sign the agreement with Canada this year");
        diff.NegationChanged.ShouldBeTrue();
        diff.InnerAdded.ShouldBe(["not"]);
    }
}

