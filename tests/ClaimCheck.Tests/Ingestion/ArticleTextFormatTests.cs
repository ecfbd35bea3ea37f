using ClaimCheck.Ingestion;

namespace ClaimCheck.Tests.Ingestion;

public sealed class ArticleTextFormatTests
{
    [Fact]
    public void The_first_line_is_the_headline_and_the_rest_the_body()
    {
        var draft = ArticleTextFormat.Parse(SampleCorpus.Read("001"), "file:001");

        draft.Title.ShouldBe("Poutine veut rencontrer Biden au G20");
        draft.HeadlineGiven.ShouldBeTrue();
        draft.Body!.ShouldStartWith("Quelque chose bouge");
        draft.Source.ShouldBe("file:001");
    }

    [Fact]
    public void An_article_without_a_headline_keeps_its_lede_in_the_body_and_derives_a_title()
    {
        var draft = ArticleTextFormat.Parse(SampleCorpus.Read("004"), "file:004");

        draft.HeadlineGiven.ShouldBeFalse();
        draft.Body!.ShouldStartWith("Vladimir Poutine a obtenu vendredi le soutien de la Chine");
        draft.Title!.ShouldStartWith("Vladimir Poutine a obtenu vendredi");
        draft.Title!.Length.ShouldBeLessThanOrEqualTo(161);
    }

    [Fact]
    public void A_single_line_file_is_body_with_a_derived_title()
    {
        var draft = ArticleTextFormat.Parse("Une seule ligne sans titre", "s");

        draft.HeadlineGiven.ShouldBeFalse();
        draft.Body.ShouldBe("Une seule ligne sans titre");
        draft.Title.ShouldBe("Une seule ligne sans titre");
    }

    [Fact]
    public void Windows_line_endings_and_a_byte_order_mark_are_ignored()
    {
        var draft = ArticleTextFormat.Parse("\uFEFFTitre court\r\n\r\nLe corps.\r\nSuite.", "s");

        draft.Title.ShouldBe("Titre court");
        draft.Body.ShouldBe("Le corps.\nSuite.");
    }
}
