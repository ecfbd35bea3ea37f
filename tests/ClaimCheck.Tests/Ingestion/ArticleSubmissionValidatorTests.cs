using System.Text;
using ClaimCheck.Ingestion;

namespace ClaimCheck.Tests.Ingestion;

public sealed class ArticleSubmissionValidatorTests
{
    private readonly ArticleSubmissionValidator _validator = new(new IngestionLimits { MaxBodyChars = 1_000, MaxRequestBytes = 4_000 });

    private static ArticleDraft Draft(string? title = "Titre", string? body = "Le corps de l'article.", string? source = "s",
        string? language = null, string? url = null, string? publishedAt = null) =>
        new() { Title = title, Body = body, Source = source, Language = language, Url = url, PublishedAt = publishedAt };

    [Fact]
    public void A_complete_draft_is_accepted_with_trimmed_fields()
    {
        var result = _validator.Validate(Draft(title: "  Titre  ", url: "https://example.org/a", publishedAt: "2022-11-10T08:00:00+01:00"));

        result.IsAccepted.ShouldBeTrue();
        result.Submission!.Title.ShouldBe("Titre");
        result.Submission.Url.ShouldBe("https://example.org/a");
        result.Submission.PublishedAt.ShouldBe(new DateTimeOffset(2022, 11, 10, 7, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Every_invalid_field_is_reported_at_once()
    {
        var result = _validator.Validate(Draft(title: "", body: null, source: " ", language: "de"));

        result.Problem!.Kind.ShouldBe(SubmissionProblemKind.InvalidFields);
        result.Problem.Errors.Keys.ShouldBe(["title", "body", "source", "language"], ignoreOrder: true);
    }

    [Fact]
    public void A_body_over_the_limit_is_too_large()
    {
        _validator.Validate(Draft(body: new string('x', 1_001))).Problem!.Kind.ShouldBe(SubmissionProblemKind.TooLarge);
        _validator.Validate(Draft(body: new string('x', 1_000))).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void A_request_over_the_byte_limit_is_refused_before_parsing()
    {
        var result = _validator.FromJson(new byte[4_001]);

        result.Problem!.Kind.ShouldBe(SubmissionProblemKind.TooLarge);
    }

    [Fact]
    public void Invalid_utf8_names_the_offset_of_the_first_bad_byte()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"title\":\"ab");
        var result = _validator.FromJson([.. bytes, 0xFF, .. "\"}"u8]);

        result.Problem!.Kind.ShouldBe(SubmissionProblemKind.InvalidEncoding);
        result.Problem.Detail.ShouldContain($"offset {bytes.Length}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("{\"title\": }")]
    public void Malformed_json_is_invalid_json(string json)
    {
        _validator.FromJson(Encoding.UTF8.GetBytes(json)).Problem!.Kind.ShouldBe(SubmissionProblemKind.InvalidJson);
    }

    [Fact]
    public void Language_is_detected_when_not_given_and_normalized_when_given()
    {
        _validator.Validate(Draft(body: "The president said that the talks would not happen this year.")).Submission!.Language.ShouldBe("en");
        var given = _validator.Validate(Draft(language: " FR ")).Submission!;
        given.Language.ShouldBe("fr");
        given.LanguageDetected.ShouldBeFalse();
    }

    [Fact]
    public void A_little_control_noise_is_tolerated_but_mostly_control_text_is_not()
    {
        _validator.Validate(Draft(body: "Un texte normal avec un \u0007 égaré au milieu d'une phrase assez longue.")).IsAccepted.ShouldBeTrue();
        _validator.Validate(Draft(body: "\u0001\u0002\u0003abc")).Problem!.Errors.Keys.ShouldContain("body");
    }

    [Theory]
    [InlineData("title")]
    [InlineData("body")]
    [InlineData("source")]
    [InlineData("url")]
    [InlineData("publishedAt")]
    [InlineData("language")]
    public void A_nul_character_in_any_field_is_refused_naming_the_field(string field)
    {
        string? With(string name, string? value) => name == field ? (value ?? "x") + "\0" : value;
        var result = _validator.Validate(Draft(
            title: With("title", "Titre"), body: With("body", "Le corps de l'article."), source: With("source", "s"),
            language: With("language", null), url: With("url", null), publishedAt: With("publishedAt", null)));

        result.IsAccepted.ShouldBeFalse();
        result.Problem!.Errors.Keys.ShouldContain(field);
        result.Problem.Errors[field].ShouldHaveSingleItem().ShouldContain("U+0000");
    }

    [Fact]
    public void An_unknown_long_language_is_not_repeated_in_the_error()
    {
        var result = _validator.Validate(Draft(language: new string('z', 500)));
        result.Problem!.Errors["language"].ShouldHaveSingleItem().ShouldNotContain("zzz");
    }
}
