using ClaimCheck.Attribution;

namespace ClaimCheck.Tests.Attribution;

public class AttributionInputTests
{
    private static string Quoted(string text)
    {
        var input = AttributionModel.Prepare(text, "fr", AttributionLexicon.Empty);
        return string.Join(" | ", input.Regions.Select(r => text[input.Tokens[r.First].Start..input.Tokens[r.Last].End]));
    }

    [Theory]
    [InlineData("Il a dit « oui » puis « non ».", "« oui » | « non »")]
    [InlineData("« Il a parlé d’une “victoire” ce matin », dit-elle.", "« Il a parlé d’une “victoire” ce matin »")]
    [InlineData("He said \"yes\" and \"no\".", "\"yes\" | \"no\"")]
    [InlineData("“Une victoire pour Kiev“Le secrétaire a parlé.", "“Une victoire pour Kiev“")]
    [InlineData("« Une phrase sans fin\nLe paragraphe suivant.", "« Une phrase sans fin")]
    [InlineData("» Une fermeture seule.", "")]
    public void Quotation_marks_pair_by_style_and_never_run_past_their_paragraph(string text, string expected) =>
        Quoted(text).ShouldBe(expected);

    [Fact]
    public void Each_dialogue_turn_is_a_region_of_its_own()
    {
        var text = "Elle dit : — Ainsi, vous voulez parler ? — Il le faut. — Alors venez.";
        var input = AttributionModel.Prepare(text, "fr", AttributionLexicon.Empty);
        input.Regions.Count.ShouldBe(3);
        input.Regions.ShouldAllBe(r => r.Dialogue);
    }

    [Fact]
    public void Cue_distances_stay_inside_the_sentence()
    {
        var lexicon = new AttributionLexicon(["dit"], [], []);
        var text = "Paul dit que tout va bien. Rien ne change.";
        var input = AttributionModel.Prepare(text, "fr", lexicon);
        var que = input.Folded.ToList().IndexOf("que");
        input.CueLeft[que].ShouldBe(1);
        var rien = input.Folded.ToList().IndexOf("rien");
        input.CueLeft[rien].ShouldBe(-1);
    }
}

public class CliticTests
{
    [Theory]
    [InlineData("-t-il", "il")]
    [InlineData("-elle", "elle")]
    [InlineData("-toi", "toi")]
    [InlineData("-tu", "tu")]
    [InlineData("-", "-")]
    [InlineData("dit", "dit")]
    public void An_inverted_clitic_is_read_as_its_pronoun(string token, string expected) =>
        AttributionInput.Clitic(token).ToString().ShouldBe(expected);
}
