using ClaimCheck.Extraction;

namespace ClaimCheck.Tests.Extraction;

/// <summary>Speakers compared by the names articles give them (the PolNeAR gold's speaker figure).</summary>
public class SpeakerNamesTests
{
    [Theory]
    [InlineData("Trump", "Donald Trump", true)]
    [InlineData("Sen. Tim Kaine", "Tim Kaine", true)]
    [InlineData("Mr. Obama", "Barack Obama", true)]
    [InlineData("The New York Post", "New York Post", true)]
    [InlineData("Hillary Clinton", "Bill Clinton", true)] // the held-out measure compares last names
    [InlineData("Trump", "Hillary Clinton", false)]
    [InlineData("Trump", null, false)]
    [InlineData("Tim Kaine", "Kaine Foundation", false)]
    public void Names_match_by_last_name_or_by_inclusion(string gold, string? predicted, bool same) =>
        SpeakerNames.SameName(gold, predicted).ShouldBe(same);

    [Theory]
    [InlineData("Ed Rendell, a Clinton supporter, said it.", "Ed Rendell, a Clinton supporter", "Ed Rendell")]
    [InlineData("It was late. The Democratic nominee said so.", "The Democratic nominee", null)]
    [InlineData("Several former RT journalists have complained.", "Several former RT journalists", null)]
    [InlineData("As Sen. Tim Kaine said, it works.", "Sen. Tim Kaine", "Sen Tim Kaine")]
    [InlineData("Later he said so.", "he", null)]
    [InlineData("I said so.", "I", null)]
    [InlineData("Michael Tanner of the Cato Institute said so.", "Michael Tanner of the Cato Institute", "Michael Tanner")]
    public void The_name_of_a_source_is_its_first_run_of_capitalized_words_that_is_not_a_modifier(string text, string source, string? name)
    {
        var start = text.IndexOf(source, StringComparison.Ordinal);
        SpeakerNames.NameIn(text, start, start + source.Length).ShouldBe(name);
    }

    [Fact]
    public void One_word_opening_a_sentence_is_a_name_only_if_the_text_capitalizes_it_elsewhere()
    {
        const string named = "Trump says the vote is rigged. Voters heard Trump twice.";
        SpeakerNames.NameIn(named, 0, 5).ShouldBe("Trump");
        const string common = "Officials say the vote is fair. Nobody doubts the officials.";
        SpeakerNames.NameIn(common, 0, 9).ShouldBeNull();
    }

    [Fact]
    public void Speaker_accuracy_by_name_leaves_out_gold_quotes_whose_source_names_nobody()
    {
        IReadOnlyList<GoldQuote> gold =
        [
            new(QuoteKind.Direct, "the plant will stay open for years", "Trump"),
            new(QuoteKind.Direct, "taxes will go down next year", null),
        ];
        IReadOnlyList<ExtractedQuote> predicted =
        [
            Predicted("the plant will stay open for years", "Donald Trump"),
            Predicted("taxes will go down next year", "Mike Pence"),
        ];
        var metrics = ExtractionEvaluation.EvaluateByName([("a", gold, predicted)], out var misses);
        metrics.Matched.ShouldBe(2);
        metrics.SpeakersScored.ShouldBe(1);
        metrics.SpeakersCorrect.ShouldBe(1);
        metrics.SpeakerAccuracy.ShouldBe(1.0);
        misses.ShouldBeEmpty();
    }

    private static ExtractedQuote Predicted(string text, string speaker) =>
        new(QuoteKind.Direct, text, speaker, speaker.ToLowerInvariant().Replace(' ', '-'), "said", 0, text.Length, 0.9, text, 0, text.Length,
            new ClaimFrame(null, "state", null, Polarity.Affirmed, Modality.Asserted, null, [], []));
}
