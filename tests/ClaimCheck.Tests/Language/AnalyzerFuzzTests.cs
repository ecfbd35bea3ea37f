using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

public sealed class AnalyzerFuzzTests
{
    [Fact]
    public void Analyze_never_throws_on_ten_thousand_generated_inputs_and_tags_every_French_token()
    {
        var analyzer = LanguageAnalyzer.Default;
        var n = 0;
        foreach (var text in GeneratedText.Inputs(10_000, seed: 91))
        {
            var language = n++ % 3 == 0 ? "en" : "fr";
            var analysis = analyzer.Analyze(text, language);
            analysis.Upos.Count.ShouldBe(analysis.Tokens.Count);
            analysis.Lemmas.Count.ShouldBe(analysis.Tokens.Count);
            if (language == "fr")
            {
                analysis.Upos.ShouldAllBe(t => t != null);
                analysis.Lemmas.ShouldAllBe(l => l != null);
            }
            TokenInvariants.CheckSegments(analysis.Tokens, analysis.Sentences);
        }
    }

    [Fact]
    public void Analyze_handles_a_megabyte_line_and_odd_languages()
    {
        var text = string.Concat(Enumerable.Repeat("«Non»—a-t-il\u00A0dit,l'État.", 40_000));
        var analysis = LanguageAnalyzer.Default.Analyze(text, "fr");
        analysis.Tokens.Count.ShouldBeGreaterThan(100_000);
        LanguageAnalyzer.Default.Analyze("Texte.", "").Upos.ShouldAllBe(t => t == null);
        LanguageAnalyzer.Default.Analyze("", "fr").Tokens.ShouldBeEmpty();
    }
}
