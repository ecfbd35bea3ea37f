using ClaimCheck.Ingestion;

namespace ClaimCheck.Tests.Ingestion;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Every_sample_article_is_french(string article)
    {
        LanguageDetector.Detect(SampleCorpus.Read(article)).ShouldBe("fr");
    }

    [Theory]
    [InlineData("Biden said he has no intention of meeting Putin at the G20 summit in Bali.", "en")]
    [InlineData("Biden a déclaré qu'il n'avait pas l'intention de rencontrer Poutine au sommet du G20.", "fr")]
    [InlineData("Putin will not attend the summit, the Kremlin said on Thursday.", "en")]
    [InlineData("Selon le Kremlin, Poutine ne participera pas au sommet.", "fr")]
    public void Short_sentences_are_recognised(string text, string expected)
    {
        LanguageDetector.Detect(text).ShouldBe(expected);
    }
}
