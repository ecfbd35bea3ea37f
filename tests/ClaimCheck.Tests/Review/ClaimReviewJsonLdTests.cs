using System.Text.Json.Nodes;
using ClaimCheck.Review;
using static ClaimCheck.Tests.Review.CaseFixtures;

namespace ClaimCheck.Tests.Review;

public class ClaimReviewJsonLdTests
{
    private static readonly ReviewedClaim Claim = new(
        "Le chômage a baissé de 10 % en un an.",
        "Jean Dupont",
        "https://news.example/2026/11/19/interview",
        new DateTimeOffset(2026, 11, 19, 23, 30, 0, TimeSpan.FromHours(-2)));

    private static readonly ClaimReviewPublisher Publisher = new("ClaimCheck", "https://claimcheck.example/cases/{caseId}");

    [Fact]
    public void A_published_case_becomes_a_schema_org_ClaimReview_with_the_claim_rating_and_publisher()
    {
        var jsonLd = ClaimReviewJsonLd.Build(Published(), Claim, Publisher);

        jsonLd["@context"]!.GetValue<string>().ShouldBe("https://schema.org");
        jsonLd["@type"]!.GetValue<string>().ShouldBe("ClaimReview");
        jsonLd["claimReviewed"]!.GetValue<string>().ShouldBe(Claim.ClaimText);
        jsonLd["datePublished"]!.GetValue<string>().ShouldBe("2026-11-20");
        jsonLd["url"]!.GetValue<string>().ShouldBe("https://claimcheck.example/reviews/1");

        var item = jsonLd["itemReviewed"]!.AsObject();
        item["@type"]!.GetValue<string>().ShouldBe("Claim");
        item["author"]!["@type"]!.GetValue<string>().ShouldBe("Person");
        item["author"]!["name"]!.GetValue<string>().ShouldBe("Jean Dupont");
        item["appearance"]!["@type"]!.GetValue<string>().ShouldBe("CreativeWork");
        item["appearance"]!["url"]!.GetValue<string>().ShouldBe(Claim.AppearanceUrl);
        // 23:30 at UTC-2 is already the next day in UTC.
        item["datePublished"]!.GetValue<string>().ShouldBe("2026-11-20");

        var rating = jsonLd["reviewRating"]!.AsObject();
        rating["@type"]!.GetValue<string>().ShouldBe("Rating");
        rating["ratingValue"]!.GetValue<int>().ShouldBe(1);
        rating["bestRating"]!.GetValue<int>().ShouldBe(5);
        rating["worstRating"]!.GetValue<int>().ShouldBe(1);
        rating["alternateName"]!.GetValue<string>().ShouldBe("Contradicted");

        jsonLd["author"]!["@type"]!.GetValue<string>().ShouldBe("Organization");
        jsonLd["author"]!["name"]!.GetValue<string>().ShouldBe("ClaimCheck");
    }

    [Fact]
    public void The_built_ClaimReview_passes_the_validator()
    {
        ClaimReviewValidator.Validate(ClaimReviewJsonLd.Build(Published(), Claim, Publisher)).ShouldBeEmpty();
    }

    [Fact]
    public void A_case_published_without_url_gets_the_case_url_from_the_publisher_template()
    {
        var jsonLd = ClaimReviewJsonLd.Build(Published(url: null), Claim with { AppearanceUrl = null, ArticleDate = null }, Publisher);

        jsonLd["url"]!.GetValue<string>().ShouldBe($"https://claimcheck.example/cases/{CaseId:D}");
        jsonLd["itemReviewed"]!.AsObject().ContainsKey("appearance").ShouldBeFalse();
        ClaimReviewValidator.IsValid(jsonLd).ShouldBeTrue();
    }

    [Fact]
    public void A_case_that_was_never_published_cannot_be_exported()
    {
        Should.Throw<ArgumentException>(() => ClaimReviewJsonLd.Build(Approved(), Claim, Publisher));
    }

    [Fact]
    public void The_validator_catches_a_property_that_does_not_belong_to_the_type()
    {
        var jsonLd = ClaimReviewJsonLd.Build(Published(), Claim, Publisher);
        var rating = jsonLd["reviewRating"]!.AsObject();
        rating.Remove("ratingValue");
        rating["ratingvalue"] = 1;
        jsonLd["verdict"] = "false";

        var problems = ClaimReviewValidator.Validate(jsonLd);

        problems.ShouldContain(p => p.Path == "$.reviewRating.ratingvalue" && p.Message.Contains("not a schema.org property of Rating"));
        problems.ShouldContain(p => p.Path == "$.reviewRating.ratingValue" && p.Message.Contains("required"));
        problems.ShouldContain(p => p.Path == "$.verdict");
    }

    [Fact]
    public void The_validator_catches_missing_required_properties_and_a_wrong_nested_type()
    {
        var jsonLd = ClaimReviewJsonLd.Build(Published(), Claim, Publisher);
        jsonLd.Remove("url");
        jsonLd["itemReviewed"]!["author"]!["@type"] = "Rating";
        jsonLd["@context"] = "https://example.org";

        var problems = ClaimReviewValidator.Validate(jsonLd);

        problems.ShouldContain(p => p.Path == "$.url");
        problems.ShouldContain(p => p.Path == "$.itemReviewed.author.@type");
        problems.ShouldContain(p => p.Path == "$.@context");
    }

    [Fact]
    public void A_property_valid_elsewhere_is_refused_on_a_type_that_does_not_have_it()
    {
        var jsonLd = ClaimReviewJsonLd.Build(Published(), Claim, Publisher);
        jsonLd["itemReviewed"]!["author"]!.AsObject()["ratingValue"] = 3;

        ClaimReviewValidator.Validate(jsonLd).ShouldHaveSingleItem().Path.ShouldBe("$.itemReviewed.author.ratingValue");
    }

    [Fact]
    public void Every_verdict_has_a_code_a_rating_on_the_scale_and_a_label()
    {
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            var rating = VerdictScale.RatingOf(verdict);
            rating.RatingValue.ShouldBeInRange(VerdictScale.WorstRating, VerdictScale.BestRating);
            rating.AlternateName.ShouldNotBeNullOrWhiteSpace();
            VerdictScale.FromCode(rating.Code).ShouldBe(verdict);
        }
        VerdictScale.RatingOf(Verdict.Accurate).RatingValue.ShouldBe(VerdictScale.BestRating);
        VerdictScale.FromCode("pants-on-fire").ShouldBeNull();
    }
}
