using ClaimCheck.Audit;

namespace ClaimCheck.Tests.Audit;

public class CanonicalJsonTests
{
    [Fact]
    public void Keys_are_sorted_at_every_level_and_whitespace_is_removed()
    {
        CanonicalJson.Canonicalize("""{ "b": 1, "a": { "z": [ 2, { "y": true, "x": null } ], "c": "d" } }""")
            .ShouldBe("""{"a":{"c":"d","z":[2,{"x":null,"y":true}]},"b":1}""");
    }

    [Fact]
    public void The_same_data_written_differently_gives_the_same_text()
    {
        var asWritten = """{"text":"Le ch\u00f4mage","score":1E-07,"count":1.0}""";
        var asReadFromJsonb = """{"count": 1, "score": 0.0000001, "text": "Le chômage"}""";

        CanonicalJson.Canonicalize(asWritten).ShouldBe(CanonicalJson.Canonicalize(asReadFromJsonb));
    }

    [Fact]
    public void Array_order_is_kept_because_it_is_part_of_the_data()
    {
        CanonicalJson.Canonicalize("[2,1]").ShouldNotBe(CanonicalJson.Canonicalize("[1,2]"));
    }

    [Fact]
    public void Large_integers_keep_every_digit()
    {
        CanonicalJson.Canonicalize("""{"id":9007199254740993}""").ShouldBe("""{"id":9007199254740993}""");
    }

    [Fact]
    public void Serializing_an_object_gives_its_canonical_form()
    {
        CanonicalJson.Serialize(new { Zeta = "z", Alpha = 0.5 }).ShouldBe("""{"Alpha":0.5,"Zeta":"z"}""");
    }
}
