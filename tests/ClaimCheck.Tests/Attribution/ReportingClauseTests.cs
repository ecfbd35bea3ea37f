using ClaimCheck.Attribution;
using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests.Attribution;

/// <summary>
/// Speakers the combined extractor gives the rules' quotes from the reporting clause of their sentence, on sentences
/// written for these tests (people are invented, so the registry cannot help).
/// </summary>
public class ReportingClauseTests
{
    private static readonly QuoteExtractor Combined = new(SpeakerRegistry.Shipped);

    private static ExtractedQuote Quote(string body, string language, string startsWith) =>
        Combined.Extract(null, body, language).Single(q => q.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Fact]
    public void The_subject_before_an_adverbial_incise_is_the_speaker()
    {
        var q = Quote("Paul Lemarchand, en réponse à deux questions posées par un lecteur, argüe que « la réforme ne suffira pas ».", "fr", "la réforme");
        q.SpeakerId.ShouldBe("paul-lemarchand");
    }

    [Fact]
    public void A_name_in_apposition_after_the_role_is_the_speaker()
    {
        var q = Quote("Le maire de la ville, Odile Ferrand, a déclaré que « les travaux reprendront lundi ».", "fr", "les travaux");
        q.SpeakerId.ShouldBe("odile-ferrand");
    }

    [Fact]
    public void A_french_subject_pronoun_takes_the_person_named_before()
    {
        var body = "Odile Ferrand a présenté le budget mardi. Elle déplore la « baisse des dotations de l'État ».";
        Quote(body, "fr", "baisse des dotations").SpeakerId.ShouldBe("odile-ferrand");
    }

    [Fact]
    public void A_surname_after_selon_takes_the_fullest_name()
    {
        var body = "L'économiste Marc Valadier a publié une note. Selon Valadier, « la croissance ralentira en 2026 ».";
        var q = Quote(body, "fr", "la croissance");
        q.SpeakerId.ShouldBe("marc-valadier");
        q.Speaker.ShouldBe("Marc Valadier");
    }

    [Fact]
    public void Two_people_who_speak_together_leave_the_quote_unattributed()
    {
        var q = Quote("Paul Lemarchand et Odile Ferrand ont déclaré que « le projet est abandonné ».", "fr", "le projet");
        q.SpeakerId.ShouldBeNull();
        q.Confidence.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void An_english_subject_before_the_verb_is_the_speaker()
    {
        var q = Quote("After the meeting, Dana Whitcombe said that \"the plant will stay open\".", "en", "the plant");
        q.SpeakerId.ShouldBe("dana-whitcombe");
    }

    [Fact]
    public void A_quote_with_no_reporting_clause_and_nobody_named_stays_unattributed()
    {
        var q = Quote("« Le pont sera fermé tout l'été », peut-on lire sur le panneau.", "fr", "Le pont");
        q.SpeakerId.ShouldBeNull();
    }

    [Fact]
    public void A_place_that_ends_an_organisation_s_name_is_not_that_organisation()
    {
        var body = "Anne Roux, de l'Institut supérieur de Lyon, a publié une étude. Lyon a annoncé que « le tramway sera gratuit ».";
        Quote(body, "fr", "le tramway").SpeakerId.ShouldNotBe("institut-superieur-de-lyon");
    }

    [Fact]
    public void A_participle_clause_speaks_with_the_subject_of_the_verb_before_it()
    {
        var body = "Odile Ferrand a présenté le budget pour réduire la dette, ajoutant que « les impôts ne monteront pas ».";
        Quote(body, "fr", "les impôts").SpeakerId.ShouldBe("odile-ferrand");
    }

    [Fact]
    public void An_acronym_the_article_defines_speaks_under_its_full_name()
    {
        var body = "La Fédération nationale des apiculteurs amateurs (FNAA) a tenu son congrès. La FNAA a déclaré que « la saison est perdue ».";
        var q = Quote(body, "fr", "la saison");
        q.SpeakerId.ShouldBe("federation-nationale-des-apiculteurs-amateurs");
        q.Speaker.ShouldBe("Fédération nationale des apiculteurs amateurs");
    }

    /// <summary>The source the reporting clause gives the quoted words <paramref name="quote"/> of <paramref name="body"/>, as text.</summary>
    private static string? SourceOf(string body, string quote)
    {
        var x = AttributionModel.Shipped.Read(body, "fr", SpeakerRegistry.Shipped).Input;
        var start = body.IndexOf(quote, StringComparison.Ordinal);
        var (first, last) = ReportingClause.Tokens(x, start, start + quote.Length);
        return ReportingClause.Read(x, first, last).Source is { } s ? body[x.Tokens[s.First].Start..x.Tokens[s.Last].End] : null;
    }

    [Theory]
    [InlineData("Jean Dupont, âgé de 50 ans, maire de Lyon depuis 2001, a déclaré que « la ville paierait les travaux ».", "jean-dupont")]
    [InlineData("Marie Durand, ancienne ministre, présidente de la région depuis 2015, a estimé que « le budget était insuffisant ».", "marie-durand")]
    public void A_subject_followed_by_a_series_of_appositions_is_the_speaker(string body, string speaker) =>
        Combined.Extract(null, body, "fr").Single(q => q.Kind != QuoteKind.Headline).SpeakerId.ShouldBe(speaker);

    [Fact]
    public void A_relative_subject_stands_for_the_nearest_noun_phrase_not_the_first_of_a_series() =>
        SourceOf("Le maire a reçu le soutien de Paul Vidal, président de la région, ville la plus peuplée du pays, qui a déclaré que les habitants devaient « respecter la loi ».",
            "respecter la loi").ShouldBe("président de la région");

    [Theory]
    [InlineData("Odile Ferrand a salué le vote, estimant que « le pays avance enfin dans la bonne direction ».", "le pays avance")]
    [InlineData("Odile Ferrand a critiqué le projet, et demandé aux élus une loi « favorable aux familles de la ville ».", "favorable aux familles")]
    [InlineData("Odile Ferrand a salué le vote, estimant en outre croire ne pas « avoir été inutile à la ville ».", "avoir été inutile")]
    public void A_participle_infinitive_or_coordinated_verb_without_a_subject_takes_the_main_clause_subject(string body, string quote) =>
        SourceOf(body, quote).ShouldBe("Odile Ferrand");

    [Fact]
    public void A_past_participle_qualifying_a_noun_is_not_the_main_verb_whose_subject_a_participle_takes() =>
        SourceOf("Odile Ferrand s'est félicitée de la clarification née du vote, estimant que « le vieux parti » était mort.", "le vieux parti")
            .ShouldBe("Odile Ferrand");

    [Fact]
    public void A_thread_of_pronouns_keeps_its_person_beyond_three_sentences_until_someone_else_is_named()
    {
        var body = "Odile Ferrand a présenté le budget mardi. Elle a parlé longtemps. Elle a répondu aux questions. Elle a ensuite quitté la salle. "
                   + "Elle a également affirmé « son intention de se représenter ». Paul Vidal est arrivé ensuite. Elle a enfin déclaré que « la séance était levée ».";
        Quote(body, "fr", "son intention").SpeakerId.ShouldBe("odile-ferrand");
        // Paul Vidal is named in between, and is no "elle": the thread still holds for her...
        Quote(body, "fr", "la séance").SpeakerId.ShouldBe("odile-ferrand");
        // ...but a person the pronoun could stand for, named in between, breaks it.
        var other = body.Replace("Paul Vidal est arrivé", "Claire Vidal est arrivée");
        Quote(other, "fr", "la séance").SpeakerId.ShouldNotBe("odile-ferrand");
    }

    [Fact]
    public void A_sentence_initial_function_word_is_not_part_of_the_name_after_it()
    {
        var body = "Les ventes de serveurs progressent. Selon Big Blue, les ventes « ont doublé en un an » en Europe.";
        Quote(body, "fr", "ont doublé").SpeakerId.ShouldBe("big-blue");
    }

    [Fact]
    public void Someones_words_speak_for_their_owner_and_someone_elses_relative_does_not()
    {
        var body = "Le conseil a voté mardi. Paul Vidal a quitté la salle en colère, après avoir dénoncé, selon ses dires, « une trahison des électeurs de la ville ».";
        Quote(body, "fr", "une trahison").SpeakerId.ShouldBe("paul-vidal");
        var relative = "Le conseil a voté mardi. Paul Vidal a quitté la salle ; son compagnon a ensuite dénoncé « une trahison des électeurs de la ville ».";
        Quote(relative, "fr", "une trahison").SpeakerId.ShouldNotBe("paul-vidal");
    }

    [Theory]
    [InlineData("Le bilan reste lourd. Selon les estimations de Human Rights Watch, les forces de police « auraient arrêté plus de 3 000 personnes ».", "auraient arrêté", "human-rights-watch")]
    [InlineData("Le bilan reste lourd. Selon un porte-parole de Human Rights Watch, les forces de police « auraient arrêté plus de 3 000 personnes ».", "auraient arrêté", null)]
    public void A_text_speaks_for_the_author_its_complement_names_but_a_spokesman_is_not_his_employer(string body, string quote, string? speaker) =>
        Quote(body, "fr", quote).SpeakerId.ShouldBe(speaker);

    [Fact]
    public void One_sentence_without_end_full_of_possessive_sources_and_pronouns_is_read_whole()
    {
        // 500 attributions in one sentence: every search they start is bounded, and each still finds its person.
        var body = string.Concat(Enumerable.Repeat("Paul Vidal a estimé, selon ses dires, que « la ville paierait les travaux » et il a ajouté que « le pont serait fini » ", 250));
        var quotes = Combined.Extract(null, body, "fr").Where(q => q.Kind != QuoteKind.Headline).ToList();
        quotes.Count.ShouldBeGreaterThanOrEqualTo(500);
        quotes.Where(q => q.SpeakerId is not null).ShouldAllBe(q => q.SpeakerId == "paul-vidal");
    }

    [Fact]
    public void An_english_subject_between_the_quotation_and_its_verb_is_the_speaker_not_the_words_after_the_verb()
    {
        var q = Quote("\"The debate is rigged against me,\" Dana Whitcombe said this month on CNBC.", "en", "The debate");
        q.SpeakerId.ShouldBe("dana-whitcombe");
    }

    [Fact]
    public void A_surname_opening_a_sentence_names_the_person_the_article_names_elsewhere()
    {
        var body = "The rally was loud. Whitcombe says voter fraud \"would be one hell of a way to lose.\" Aides to Dana Whitcombe agreed.";
        Quote(body, "en", "would be one hell").Speaker.ShouldBe("Dana Whitcombe");
    }

    [Fact]
    public void A_sentence_opening_word_the_article_never_capitalizes_elsewhere_is_no_speaker()
    {
        var body = "Officials say \"the count will be over by Friday.\" Nobody doubts the officials.";
        Quote(body, "en", "the count").SpeakerId.ShouldBeNull();
    }

    [Fact]
    public void English_function_words_annotated_inside_cues_are_no_speech_verbs()
    {
        // "to" is a PolNeAR cue word ("according to"); it must not make "there needs" a subject.
        var body = "Dana Whitcombe says there needs to be a law that requires the nominees to release their tax returns.";
        var quotes = Combined.Extract(null, body, "en").Where(q => q.Kind != QuoteKind.Headline).ToList();
        quotes.ShouldNotBeEmpty();
        quotes.ShouldAllBe(q => q.SpeakerId == "dana-whitcombe");
    }

    [Fact]
    public void In_english_the_tagger_quotes_the_rules_miss_are_added_with_their_speakers()
    {
        // Indirect speech after "stressing" with no "that": only the trained tagger reads it.
        var body = "Dana Whitcombe spoke in Ohio on Monday. Whitcombe is stressing her plans will solve the problems facing American families.";
        var quotes = Combined.Extract(null, body, "en").Where(q => q.Kind != QuoteKind.Headline).ToList();
        var rules = new QuoteExtractor(SpeakerRegistry.Shipped) { Mode = ExtractionMode.Rules }.Extract(null, body, "en").Where(q => q.Kind != QuoteKind.Headline).ToList();
        quotes.Count.ShouldBeGreaterThan(rules.Count);
        quotes.ShouldContain(q => q.Text.Contains("her plans will solve", StringComparison.Ordinal) && q.SpeakerId == "dana-whitcombe");
    }

    [Theory]
    [InlineData("« Nous savons que le budget est serré, a déclaré Odile Ferrand, mais nous tiendrons nos engagements envers les écoles. »", "odile-ferrand")]
    [InlineData("Odile Ferrand a visité l'usine. « Le chantier avance bien, a-t-elle précisé, et il sera fini avant l'hiver. »", "odile-ferrand")]
    [InlineData("Paul Lemarchand est arrivé tard. « Je ne signerai rien, ajoute-t-il, tant que les salariés ne sont pas consultés. »", "paul-lemarchand")]
    public void An_incise_inside_the_quotation_marks_names_the_speaker(string body, string speaker)
    {
        var q = Combined.Extract(null, body, "fr").Single(q => q.Kind == QuoteKind.Direct);
        q.SpeakerId.ShouldBe(speaker);
    }

    [Fact]
    public void A_comparison_inside_a_quotation_is_no_incise()
    {
        var body = "Odile Ferrand a parlé mardi. « Je pense, comme l'a dit Paul Lemarchand, que la ville doit investir davantage. »";
        Combined.Extract(null, body, "fr").Single(q => q.Kind == QuoteKind.Direct).SpeakerId.ShouldNotBe("paul-lemarchand");
    }

    [Theory]
    [InlineData("« La ville doit investir », a par exemple annoncé Odile Ferrand, adjointe au maire.")]
    [InlineData("« La ville doit investir », a pour sa part déclaré Odile Ferrand.")]
    [InlineData("« La ville doit investir », a lors de la séance affirmé Odile Ferrand.")]
    public void A_prepositional_phrase_inside_the_verb_group_is_not_the_subject(string body) =>
        Quote(body, "fr", "La ville").SpeakerId.ShouldBe("odile-ferrand");

    [Fact]
    public void A_verb_coordinated_with_the_one_before_shares_its_subject()
    {
        var body = "Paul Lemarchand, président du club, appelle au calme et espère que « les supporters resteront dignes ».";
        Quote(body, "fr", "les supporters").SpeakerId.ShouldBe("paul-lemarchand");
    }

    [Fact]
    public void A_role_without_determiner_is_the_apposition_of_the_name_before_it()
    {
        // The closing comma of the apposition is missing, as it often is in real text.
        var body = "Marc Valadier, ministre de l'Économie du pays a affirmé « sa volonté de réduire le déficit dès cette année ».";
        Quote(body, "fr", "sa volonté").SpeakerId.ShouldBe("marc-valadier");
    }

    [Fact]
    public void A_source_after_selon_ends_where_the_next_noun_phrase_starts()
    {
        var body = "Marc Valadier a publié une note. Selon M. Valadier la baisse des taux serait « une erreur historique ».";
        Quote(body, "fr", "une erreur").SpeakerId.ShouldBe("marc-valadier");
    }

    [Fact]
    public void A_role_named_with_an_adjective_before_the_name_is_that_person_later()
    {
        var body = "Le président malgache Andry Rakotobe a reçu les syndicats. Le texte exige une réforme, que le président malgache a déclaré vouloir soutenir.";
        Quote(body, "fr", "vouloir soutenir").SpeakerId.ShouldBe("andry-rakotobe");
    }

    [Fact]
    public void A_hyphenated_particle_belongs_to_the_name()
    {
        var body = "Karim el-Mansouri, le porte-parole du comité, a déclaré que « le scrutin s'est déroulé dans le calme ».";
        Quote(body, "fr", "le scrutin").SpeakerId.ShouldBe("karim-el-mansouri");
    }

    [Fact]
    public void An_institution_named_by_a_lowercase_phrase_speaks_under_that_phrase()
    {
        var body = "La justice malgache a dénoncé « une atteinte grave aux droits de la défense ».";
        Quote(body, "fr", "une atteinte").SpeakerId.ShouldBe("justice-malgache");
    }

    [Theory]
    [InlineData("L'Observatoire malgache des prix a publié mardi un rapport sur l'inflation. « Les loyers ont augmenté de 12 % en un an », indique le rapport.", "Les loyers", "observatoire-malgache-des-prix")]
    [InlineData("Un rapport de l'Institut malgache de la santé a été remis au Sénat. Le rapport estime que « 530 nouveaux cas » sont attendus.", "530 nouveaux", "institut-malgache-de-la-sante")]
    public void A_text_that_speaks_speaks_for_the_author_it_was_introduced_with(string body, string quote, string speaker) =>
        Quote(body, "fr", quote).SpeakerId.ShouldBe(speaker);

    [Fact]
    public void A_text_mentioned_only_with_a_definite_article_gives_no_author()
    {
        // "les conclusions du rapport" refers back to a report this article never introduces: nobody is its author.
        var body = "Odile Ferrand conteste les conclusions du rapport. Le rapport affirme que « les règles ont été respectées ».";
        Quote(body, "fr", "les règles").SpeakerId.ShouldBeNull();
    }

    [Fact]
    public void A_bare_institution_noun_is_the_institution_named_earlier_with_that_head()
    {
        var body = "Le séisme a été ressenti dans la capitale, a précisé l'agence météorologique malgache dans la matinée. Selon l'agence, « l'épicentre se situe en mer ».";
        Quote(body, "fr", "l'épicentre").SpeakerId.ShouldBe("agence-meteorologique-malgache");
    }

    [Theory]
    [InlineData("rapporteuse", "rapporteur")]
    [InlineData("directrice", "directeur")]
    [InlineData("presidente", "president")]
    [InlineData("musicienne", "musicien")]
    [InlineData("conseillere", "conseiller")]
    public void A_feminine_role_noun_has_the_masculine_one_s_stem(string feminine, string masculine) =>
        SpeakerResolver.RoleStem(feminine).ShouldBe(SpeakerResolver.RoleStem(masculine));

    [Fact]
    public void A_feminine_role_later_is_the_person_named_beside_the_masculine_one()
    {
        var body = "Le rapporteur de la commission des droits de l'homme pour Madagascar, Odile Ferrand, a demandé la libération des prisonniers. "
                   + "La rapporteuse de la commission a plaidé pour « l'arrêt des poursuites contre les journalistes ».";
        Quote(body, "fr", "l'arrêt des poursuites").SpeakerId.ShouldBe("odile-ferrand");
    }

    [Theory]
    [InlineData("Readers answered our question.\n“The most unqualified child to ever run for the council.” ― Dana Whitcombe\n“We deserve better than this.” ― Paul Ortega, a nurse from Tulsa.", "en", "The most unqualified", "dana-whitcombe")]
    [InlineData("Readers answered our question.\n“The most unqualified child to ever run for the council.” ― Dana Whitcombe\n“We deserve better than this.” ― Paul Ortega, a nurse from Tulsa.", "en", "We deserve", "paul-ortega")]
    [InlineData("Les lecteurs ont répondu.\n« Il faut rouvrir la maternité avant l'hiver. » — Odile Ferrand, infirmière", "fr", "Il faut rouvrir", "odile-ferrand")]
    public void A_quotation_signed_with_a_dash_is_its_signatory_s(string body, string language, string quote, string speaker) =>
        Quote(body, language, quote).SpeakerId.ShouldBe(speaker);

    [Fact]
    public void Narration_after_a_dash_is_no_signature()
    {
        var body = "Odile Ferrand est entrée.\n« Il faut rouvrir la maternité avant l'hiver. » — Paul Ortega haussa les épaules et sortit de la salle.";
        Quote(body, "fr", "Il faut rouvrir").SpeakerId.ShouldNotBe("paul-ortega");
    }

    [Fact]
    public void A_weekday_after_the_verb_is_not_the_speaker()
    {
        var q = Quote("The mayor of Tulsa spoke to reporters. \"We will rebuild the bridge,\" the mayor told KOTV Thursday.", "en", "We will rebuild");
        q.SpeakerId.ShouldNotBe("thursday");
        q.SpeakerId.ShouldNotBe("kotv-thursday");
    }

    [Fact]
    public void A_semi_auxiliary_before_an_infinitive_cue_belongs_to_the_verb_group()
    {
        var body = "Le Courrier de Tamatave semble penser que « la réforme sera votée avant l'été ».";
        Quote(body, "fr", "la réforme").SpeakerId.ShouldBe("courrier-de-tamatave");
    }

    [Fact]
    public void Et_between_two_complements_stays_inside_one_name()
    {
        var body = "Selon l'Institut malgache de la statistique et des études économiques, « le chômage a augmenté de 0,3 % en mars ».";
        Quote(body, "fr", "le chômage").SpeakerId.ShouldBe("institut-malgache-de-la-statistique-et-des-etudes-economiques");
    }

    [Fact]
    public void A_quantity_of_a_group_is_nobody_in_particular()
    {
        var body = "Nombre de syndicats ont déclaré que « la réforme est inacceptable ».";
        Quote(body, "fr", "la réforme").SpeakerId.ShouldBeNull();
    }

    [Fact]
    public void A_name_in_quotation_marks_with_no_reporting_clause_is_no_quote()
    {
        var body = "L'Observatoire malgache des prix a publié mardi le premier « Rapport national sur la vie chère » à Antananarivo.";
        Combined.Extract(null, body, "fr").ShouldNotContain(q => q.Text.Contains("Rapport national", StringComparison.Ordinal));
    }

    [Fact]
    public void A_capitalized_quotation_that_is_reported_stays_a_quote()
    {
        var body = "Odile Ferrand a répondu : « Jamais avant l'été ».";
        Combined.Extract(null, body, "fr").ShouldContain(q => q.Text.Contains("Jamais avant", StringComparison.Ordinal));
    }

    [Fact]
    public void Dialogue_turns_are_direct_quotes_split_around_their_incise()
    {
        var body = "Odile entra dans la cuisine. -- Tu viens ce soir ? demanda-t-elle. -- Non, répondit Paul Ortega, je travaille tard.";
        var quotes = Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToList();
        quotes.ShouldContain("Tu viens ce soir ?");
        quotes.ShouldContain("Non,");
        quotes.ShouldContain("je travaille tard.");
        quotes.ShouldNotContain(q => q.Contains("répondit", StringComparison.Ordinal) || q.Contains("demanda", StringComparison.Ordinal));
        Combined.Extract(null, body, "fr").Single(q => q.Text == "je travaille tard.").SpeakerId.ShouldBe("paul-ortega");
    }

    [Fact]
    public void A_dialogue_turn_ends_where_narration_resumes()
    {
        var body = "Paul se leva. -- Au revoir. Le vicomte allait sortir, quand elle le rappela. -- Attendez !";
        var quotes = Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToList();
        quotes.ShouldContain("Au revoir.");
        quotes.ShouldNotContain(q => q.Contains("vicomte", StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_mark_left_open_stops_at_the_next_dialogue_turn()
    {
        var body = "Le juge se tourna vers elle. « Tu as vu ta mère ce soir-là ? -- Oh ! oui. -- Et ton père ? -- Je n'ai vu personne.";
        var quotes = Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToList();
        quotes.ShouldContain("Je n'ai vu personne.");
        quotes.ShouldNotContain(q => q.Contains("ton père", StringComparison.Ordinal) && q.Contains("ta mère", StringComparison.Ordinal));
    }

    [Fact]
    public void English_dashes_open_no_dialogue_turn()
    {
        var body = "HEMPSTEAD, N.Y. ― If it worked against Mitt Romney, it might just work against Donald Trump. At least that is what the campaign hopes.";
        Combined.Extract(null, body, "en").ShouldNotContain(q => q.Text.StartsWith("If it worked", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Le juge se tut. -- Messieurs, reprit le professeur, nous allons commencer la séance.", "Messieurs,", "nous allons commencer la séance.")]
    [InlineData("Le juge se tut. -- Mes fils ! s'écria madame Ferrand. Ils sont revenus.", "Mes fils !", "Ils sont revenus.")]
    [InlineData("Le juge se tut. -- J'ai eu tort, dit enfin le ministre. Je le reconnais.", "J'ai eu tort,", "Je le reconnais.")]
    public void A_simple_past_verb_or_an_adverb_before_the_subject_still_makes_an_incise(string body, string before, string after)
    {
        var quotes = Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToList();
        quotes.ShouldContain(before);
        quotes.ShouldContain(after);
    }

    [Fact]
    public void A_turn_is_not_cut_at_an_imperative_after_a_comma()
    {
        // "mange" is a present-tense imperative, no simple past: the whole turn, in the present, is speech.
        var body = "Le juge se tut. -- Viens, mange le pain. Il est encore chaud.";
        Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ShouldBe(["Viens, mange le pain. Il est encore chaud."]);
    }

    [Fact]
    public void Narration_resumes_at_the_first_finite_verb_past_a_participle()
    {
        var body = "Paul la regarda. -- Partez ! Et se dégageant brutalement, il repoussa la porte. -- Non !";
        var quotes = Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Direct).Select(q => q.Text).ToList();
        quotes.ShouldContain("Partez !");
        quotes.ShouldNotContain(q => q.Contains("repoussa", StringComparison.Ordinal));
    }
}

