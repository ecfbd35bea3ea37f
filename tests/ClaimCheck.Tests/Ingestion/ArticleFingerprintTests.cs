using ClaimCheck.Ingestion;

namespace ClaimCheck.Tests.Ingestion;

public sealed class ArticleFingerprintTests
{
    [Fact]
    public void Whitespace_case_and_unicode_composition_do_not_change_the_fingerprint()
    {
        var a = ArticleFingerprint.Compute("Poutine veut rencontrer Biden", "L'armée  russe\nrecule.");
        var b = ArticleFingerprint.Compute(" POUTINE veut rencontrer Biden ", "l'armée russe recule.".Normalize(System.Text.NormalizationForm.FormD));

        b.ShouldBe(a);
    }

    [Fact]
    public void Different_content_has_a_different_fingerprint_and_id()
    {
        var a = ArticleFingerprint.Compute("Titre", "Corps A");
        var b = ArticleFingerprint.Compute("Titre", "Corps B");

        b.ShouldNotBe(a);
        ArticleFingerprint.ToArticleId(b).ShouldNotBe(ArticleFingerprint.ToArticleId(a));
    }

    [Fact]
    public void The_title_body_boundary_is_part_of_the_identity()
    {
        ArticleFingerprint.Compute("ab", "c").ShouldNotBe(ArticleFingerprint.Compute("a", "bc"));
    }

    [Fact]
    public void The_article_id_is_stable_and_marked_as_a_version_8_uuid()
    {
        var fingerprint = ArticleFingerprint.Compute("Titre", "Corps");
        var id = ArticleFingerprint.ToArticleId(fingerprint);

        ArticleFingerprint.ToArticleId(fingerprint).ShouldBe(id);
        id.ToString()[14].ShouldBe('8');
    }
}
