using System.Text.Json.Nodes;
using ClaimCheck.Judging;

namespace ClaimCheck.Tests.Judging;

public class PairLinesTests
{
    [Fact]
    public void Malformed_lines_are_reported_with_their_line_number_and_skipped()
    {
        var input = string.Join("\n",
            """{"id":"1","premise":"Il pleut.","hypothesis":"Il ne pleut pas.","language":"fr"}""",
            "not json",
            "",
            """{"id":"3","premise":"Il pleut."}""",
            """["an","array"]""",
            """{"id":"5","premise":"It rains.","hypothesis":"It is raining."}""",
            """{"premise":"a","hypothesis":"b"}""",
            """{"id":"7","premise":42,"hypothesis":"b"}""");
        var errors = new StringWriter();

        var pairs = PairLines.Read(new StringReader(input), requireLabel: false, errors).ToList();

        pairs.Select(p => p.Id).ShouldBe(["1", "5"]);
        pairs[0].Language.ShouldBe("fr");
        pairs[1].Language.ShouldBeNull();
        var reported = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        reported.Length.ShouldBe(5);
        reported[0].ShouldStartWith("line 2: not valid JSON");
        reported[1].ShouldBe("line 4: missing or empty \"hypothesis\"");
        reported[2].ShouldBe("line 5: expected a JSON object");
        reported[3].ShouldBe("line 7: missing \"id\"");
        reported[4].ShouldBe("line 8: \"premise\" must be a string");
    }

    [Fact]
    public void Evaluation_lines_need_a_known_label()
    {
        var errors = new StringWriter();
        var input = """
            {"id":"1","premise":"a","hypothesis":"b","label":"contradiction"}
            {"id":"2","premise":"a","hypothesis":"b"}
            {"id":"3","premise":"a","hypothesis":"b","label":"maybe"}
            """;

        PairLines.Read(new StringReader(input), requireLabel: true, errors).Select(p => p.Id).ShouldBe(["1"]);
        errors.ToString().ShouldContain("line 2: missing \"label\"");
        errors.ToString().ShouldContain("line 3: unknown label \"maybe\"");
    }

    [Fact]
    public void A_prediction_line_has_the_contract_fields_and_reports_superseded_as_contradiction()
    {
        var judgement = Model.Judge().Judge(Claims.PutinWantsToMeetBiden(), Claims.PutinWillNotAttendG20());

        var line = JsonNode.Parse(PairLines.FormatPrediction("g20", judgement))!.AsObject();

        line.Select(p => p.Key).ShouldBe(["id", "label", "scores", "reasons"]);
        line["label"]!.GetValue<string>().ShouldBe("contradiction");
        line["scores"]!.AsObject().Select(p => p.Key).ShouldBe(["contradiction", "entailment", "neutral"]);
        line["reasons"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldContain(r => r.StartsWith(RuleIds.Superseded));
    }
}
