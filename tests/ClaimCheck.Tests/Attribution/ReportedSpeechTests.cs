using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Tests.Attribution;

/// <summary>
/// Indirect speech without quotation marks, read from the reporting verb's complement (<see cref="ClaimCheck.Attribution.ReportedSpeech"/>),
/// on sentences written for these tests with invented people: each construction French news uses, in families, and
/// the constructions that look like reports but are not.
/// </summary>
public class ReportedSpeechTests
{
    private static readonly QuoteExtractor Combined = new(SpeakerRegistry.Shipped);

    private static List<ExtractedQuote> Indirect(string body) =>
        Combined.Extract(null, body, "fr").Where(q => q.Kind == QuoteKind.Indirect).ToList();

    public static TheoryData<string, string, string> Reports() => new()
    {
        // A "que" clause, after a conjugated verb, a compound tense, an adverb, or an incise between commas.
        { "Odile Ferrand a annoncé que la piscine municipale fermera en juillet.", "la piscine municipale fermera en juillet", "odile-ferrand" },
        { "Paul Lemarchand estime que le budget de la ville est insuffisant.", "le budget de la ville est insuffisant", "paul-lemarchand" },
        { "Odile Ferrand a d'ailleurs indiqué que les travaux dureront deux ans.", "les travaux dureront deux ans", "odile-ferrand" },
        { "Paul Lemarchand a fait savoir, mardi soir, que sa liste se maintiendrait au second tour.", "sa liste se maintiendrait au second tour", "paul-lemarchand" },
        // An infinitive, directly or after "de" / "à", and after an indirect object.
        { "Odile Ferrand a promis de rénover toutes les écoles du quartier.", "rénover toutes les écoles du quartier", "odile-ferrand" },
        { "Paul Lemarchand affirme avoir reçu des menaces anonymes.", "avoir reçu des menaces anonymes", "paul-lemarchand" },
        { "Odile Ferrand a demandé au conseil régional de financer la nouvelle ligne de bus.", "financer la nouvelle ligne de bus", "odile-ferrand" },
        // A noun phrase or a prepositional complement that is what was said.
        { "Paul Lemarchand a annoncé sa démission du conseil municipal.", "sa démission du conseil municipal", "paul-lemarchand" },
        { "Odile Ferrand réclame la fermeture immédiate de la décharge.", "la fermeture immédiate de la décharge", "odile-ferrand" },
        { "Paul Lemarchand a plaidé pour une réforme complète du stationnement.", "une réforme complète du stationnement", "paul-lemarchand" },
        // "selon X," before the sentence, and ", selon X" after it.
        { "Selon Odile Ferrand, la fréquentation des musées a doublé en un an.", "la fréquentation des musées a doublé en un an", "odile-ferrand" },
        { "La fréquentation des musées a doublé en un an, selon Paul Lemarchand.", "La fréquentation des musées a doublé en un an", "paul-lemarchand" },
    };

    [Theory]
    [MemberData(nameof(Reports))]
    public void The_complement_of_a_reporting_verb_is_an_indirect_quote_of_its_subject(string body, string content, string speaker)
    {
        var quote = Indirect(body).ShouldHaveSingleItem();
        quote.Text.ShouldBe(content);
        quote.SpeakerId.ShouldBe(speaker);
        quote.Cue.ShouldNotBeNull();
        body.Substring(quote.Start, quote.End - quote.Start).ShouldBe(quote.Text);
    }

    [Fact]
    public void A_report_ends_where_a_second_report_is_joined_to_it()
    {
        var quotes = Indirect("Odile Ferrand réclame la fermeture de la décharge et espère que la situation se calmera rapidement.");
        quotes.Single(q => q.Text == "la fermeture de la décharge").SpeakerId.ShouldBe("odile-ferrand");
    }

    public static TheoryData<string> NotReports() => new()
    {
        // The verb's subject is after it: the verb reports the quotation before it, which the quotation rules read.
        "« Nous ne céderons pas », a déclaré Paul Lemarchand devant la presse.",
        // Passive and adjectival participles describe an act.
        "L'appel a été lancé à la suite des violences du week-end.",
        "La pétition lancée le 25 mars par les commerçants a réuni mille signatures.",
        // Modal and aspectual verbs of the speech-verb lists, and "ne ... que".
        "Odile Ferrand veut rencontrer les habitants du quartier.",
        "Paul Lemarchand continue de travailler à son projet de tramway.",
        "La ville n'a fait que reporter les travaux depuis deux ans.",
        // An addressee or a date is no content.
        "Odile Ferrand informera le préfet de la région dès lundi.",
        "Paul Lemarchand a annoncé le 12 mars devant le conseil.",
        // A corpus cue that is not a speech verb reports only with "que".
        "Le conseil municipal a décidé de fermer la piscine.",
    };

    [Theory]
    [MemberData(nameof(NotReports))]
    public void Constructions_that_look_like_reports_but_say_nothing_give_no_indirect_quote(string body) =>
        Indirect(body).ShouldBeEmpty();

    [Fact]
    public void A_report_that_contains_a_quotation_is_left_to_the_quotation_rules()
    {
        var quotes = Combined.Extract(null, "Odile Ferrand a affirmé que le projet était « une erreur historique » pour la ville.", "fr");
        quotes.ShouldHaveSingleItem().Kind.ShouldBe(QuoteKind.Partial);
    }

    public static TheoryData<string, string?> Institutions() => new()
    {
        // French writes an institution's adjectives and complements in lowercase: the phrase is its name.
        { "La Commission électorale de la bande de Gaza a annoncé que le scrutin serait reporté.", "commission-electorale-de-la-bande-de-gaza" },
        { "Le gouvernement japonais a fait savoir que le manuel était le fait d'éditeurs privés.", "gouvernement-japonais" },
        // A bare head refers back to the institution of that head named before, or to nobody.
        { "Le Conseil supérieur de l'audiovisuel a annoncé que la chaîne serait suspendue. Le conseil a ajouté que la décision prendrait effet lundi.", "conseil-superieur-de-l-audiovisuel" },
        { "Le gouvernement a annoncé que les écoles rouvriront lundi.", null },
        // A common noun that names no institution is nobody's name.
        { "Les habitants du quartier ont indiqué que l'eau était coupée depuis mardi.", null },
    };

    [Theory]
    [MemberData(nameof(Institutions))]
    public void An_institution_named_by_a_lowercase_phrase_speaks_under_that_phrase(string body, string? speaker) =>
        Indirect(body).Last().SpeakerId.ShouldBe(speaker);

    [Fact]
    public void An_english_nationality_and_role_is_no_institution()
    {
        var quotes = Combined.Extract(null, "The Chinese president said that the talks had been useful.", "en");
        quotes.ShouldAllBe(q => q.SpeakerId != "chinese-president");
    }

    [Fact]
    public void One_endless_sentence_full_of_speech_verbs_gives_reports_no_longer_than_the_bound()
    {
        // 20,000 cues in one sentence: each report is read within MaxContentTokens, so the work stays linear.
        var body = string.Concat(Enumerable.Repeat("Paul Lemarchand a annoncé sa démission et a déclaré que la ville ", 2_500));
        Combined.Extract(null, body, "fr").ShouldNotBeEmpty();
        var x = ClaimCheck.Attribution.AttributionModel.Shipped.Read(body, "fr", SpeakerRegistry.Shipped).Input;
        var reports = ClaimCheck.Attribution.ReportedSpeech.Find(x);
        reports.Count.ShouldBeGreaterThan(1_000);
        reports.ShouldAllBe(r => r.Last - r.First + 1 <= ClaimCheck.Attribution.ReportedSpeech.MaxContentTokens);
    }
}
