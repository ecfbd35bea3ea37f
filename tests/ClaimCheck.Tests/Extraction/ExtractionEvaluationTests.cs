using ClaimCheck.Extraction;

namespace ClaimCheck.Tests;

public class ExtractionEvaluationTests
{
    private static readonly ClaimFrame NoClaim = new(null, "state", null, Polarity.Affirmed, Modality.Asserted, null, [], []);

    private static ExtractedQuote Predicted(string text, string? speaker) =>
        new(QuoteKind.Direct, text, speaker, speaker, null, 0, text.Length, 0.9, text, 0, text.Length, NoClaim);

    [Fact]
    public void A_quote_matches_when_it_shares_half_the_tokens_of_the_longer_one()
    {
        var gold = new[] { new GoldQuote(QuoteKind.Direct, "we will not negotiate under threat", "vladimir-putin") };
        ExtractionEvaluation.Evaluate([("a", gold, [Predicted("we will not negotiate", "vladimir-putin")])]).Matched.ShouldBe(1);
        ExtractionEvaluation.Evaluate([("a", gold, [Predicted("we will", "vladimir-putin")])]).Matched.ShouldBe(0);
    }

    [Fact]
    public void Precision_recall_F1_and_speaker_accuracy_count_each_quote_once()
    {
        var gold = new[]
        {
            new GoldQuote(QuoteKind.Direct, "the door remains open", "john-kirby"),
            new GoldQuote(QuoteKind.Indirect, "nothing has been decided yet", null),
        };
        var predicted = new[] { Predicted("the door remains open", "joe-biden"), Predicted("the door remains open", "john-kirby"), Predicted("unrelated words here", null) };
        var metrics = ExtractionEvaluation.Evaluate([("a", gold, predicted)]);
        metrics.ShouldBe(new ExtractionMetrics(Gold: 2, Predicted: 3, Matched: 1, SpeakersCorrect: 0) with { }, customMessage: "one match, best overlap first, ties by order");
        metrics.Precision.ShouldBe(1.0 / 3, 1e-9);
        metrics.Recall.ShouldBe(0.5, 1e-9);
        metrics.F1.ShouldBe(0.4, 1e-9);
    }

    [Fact]
    public void Malformed_gold_lines_are_reported_with_their_number_and_skipped()
    {
        var input = new StringReader("{\"id\":\"a\",\"body\":\"x\",\"quotes\":[]}\nnot json\n{\"id\":\"b\",\"body\":\"y\",\"quotes\":[{\"kind\":\"shout\",\"text\":\"t\"}]}\n");
        var errors = new StringWriter();
        ExtractionLines.ReadGold(input, errors).Select(g => g.Article.Id).ShouldBe(["a"]);
        errors.ToString().ShouldContain("line 2: not valid JSON");
        errors.ToString().ShouldContain("line 3: quotes[0]: unknown kind");
    }

    [Fact]
    public void The_output_line_uses_snake_case_and_lowercase_values()
    {
        var line = ExtractionLines.FormatQuote("a1", Predicted("hello there", "john-kirby") with { Kind = QuoteKind.Partial });
        line.ShouldContain("\"article_id\":\"a1\"");
        line.ShouldContain("\"kind\":\"partial\"");
        line.ShouldContain("\"speaker_id\":\"john-kirby\"");
        line.ShouldContain("\"polarity\":\"affirmed\"");
        line.ShouldContain("\"modality\":\"asserted\"");
    }

    [Fact]
    public void Gold_speaker_ids_are_read_through_the_registry_when_one_is_given()
    {
        var gold = new[] { new GoldQuote(QuoteKind.Direct, "provocations will not be tolerated", "dmitry-peskov") };
        var predicted = new[] { Predicted("provocations will not be tolerated", "dmitri-peskov") };
        ExtractionEvaluation.Evaluate([("a", gold, predicted)]).SpeakersCorrect.ShouldBe(0);
        ExtractionEvaluation.Evaluate([("a", gold, predicted)], Speakers.SpeakerRegistry.Shipped, out _).SpeakersCorrect.ShouldBe(1);
    }
}
