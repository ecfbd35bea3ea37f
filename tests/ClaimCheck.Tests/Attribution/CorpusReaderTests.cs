using System.Text;
using ClaimCheck.Attribution;

namespace ClaimCheck.Tests.Attribution;

public class CorpusReaderTests
{
    [Fact]
    public void A_brat_attribution_keeps_its_discontinuous_content_and_an_attribution_without_source_has_none()
    {
        const string text = "“We will win,” she said, “and soon.” The plan was reported by MSNBC.";
        var ann = string.Join('\n',
            "T1\tContent 0 14;25 36\t“We will win,” … “and soon.”",
            "T2\tSource 15 18\tshe",
            "T3\tCue 19 23\tsaid",
            "T4\tAttribution 19 23\tsaid",
            "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
            "T5\tContent 37 45\tThe plan",
            "T6\tCue 46 61\twas reported by",
            "T7\tAttribution 46 61\twas reported by",
            "E2\tAttribution-no-source:T7 Content:T5 Cue:T6",
            "#1\tAnnotatorNotes T1\ta note",
            "T8\tContent 10 999\tout of range");
        var document = PolnearReader.Parse("doc", text, ann);
        document.Attributions.Count.ShouldBe(2);
        document.Attributions[0].Content.ShouldBe([new CharSpan(0, 14), new CharSpan(25, 36)]);
        document.Attributions[0].Source.ShouldBe([new CharSpan(15, 18)]);
        document.Attributions[1].Source.ShouldBeEmpty();
        text[document.Attributions[1].Cue[0].Start..document.Attributions[1].Cue[0].End].ShouldBe("was reported by");
    }

    [Fact]
    public void Asfalda_labels_become_half_open_spans_and_sets_without_a_message_are_left_out()
    {
        const string xml = """
            <lexUnit xmlns="http://framenet.icsi.berkeley.edu">
              <sentence ID="7"><text>Il admet que la reprise sera longue .</text>
                <annotationSet ID="1"><layer name="FE"><label start="13" end="34" name="Message"/><label start="0" end="1" name="Speaker"/></layer>
                  <layer name="Target"><label start="3" end="7" name="Target"/></layer></annotationSet>
                <annotationSet ID="2"><layer name="FE"><label start="0" end="1" name="Speaker"/></layer>
                  <layer name="Target"><label start="3" end="7" name="Target"/></layer></annotationSet>
              </sentence>
            </lexUnit>
            """;
        var sentences = new SortedDictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
        AsfaldaReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(xml)), sentences);
        var document = sentences["7"];
        document.Attributions.Count.ShouldBe(1);
        var a = document.Attributions[0];
        document.Text[a.Source[0].Start..a.Source[0].End].ShouldBe("Il");
        document.Text[a.Cue[0].Start..a.Cue[0].End].ShouldBe("admet");
        document.Text[a.Content[0].Start..a.Content[0].End].ShouldBe("la reprise sera longue");
    }

    [Fact]
    public void Gold_tags_are_bio_spans_and_a_nested_cue_wins_over_the_outer_content()
    {
        const string text = "Officials said he told reporters it was over.";
        var input = AttributionModel.Prepare(text, "en", AttributionLexicon.Empty);
        var outer = new AnnotatedAttribution([new CharSpan(0, 9)], [new CharSpan(10, 14)], [new CharSpan(15, 44)]);
        var inner = new AnnotatedAttribution([new CharSpan(15, 17)], [new CharSpan(18, 22)], [new CharSpan(33, 44)]);
        var labels = AttributionLabel.FromAnnotations(input.Tokens, [outer, inner]);
        string.Join(' ', labels.Select(l => AttributionLabel.Names[l]))
            .ShouldBe("B-SRC B-CUE B-SRC B-CUE B-CON B-CON I-CON I-CON O");
        AttributionLabel.Allowed(AttributionLabel.Outside, AttributionLabel.ContentInside).ShouldBeFalse();
        AttributionLabel.Allowed(AttributionLabel.ContentBegin, AttributionLabel.ContentInside).ShouldBeTrue();
    }
}
