using ClaimCheck.Input;

namespace ClaimCheck.Tests.Input;

[Trait("Category", "Faults")]
public sealed class QueryReaderTests
{
    private readonly QueryReader _query = new(new RequestLimits());

    private IReadOnlyCollection<string> Bad => _query.Errors.Fields;

    [Fact]
    public void Absent_and_empty_values_take_the_default_without_an_error()
    {
        _query.Int("page", null, 1, 1, 10).ShouldBe(1);
        _query.Int("pageSize", "", 50, 1, 500).ShouldBe(50);
        _query.Number("minScore", " ", 0, 1).ShouldBeNull();
        _query.Id("article", null).ShouldBeNull();
        _query.Text("label", "").ShouldBeNull();
        _query.Instant("from", null).ShouldBeNull();
        _query.Errors.Any.ShouldBeFalse();
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("2147483647")]
    [InlineData("99999999999999999999")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    public void A_bad_page_is_an_error_naming_page(string raw)
    {
        _query.Int("page", raw, 1, 1, 1_000_000);
        Bad.ShouldBe(["page"]);
        _query.Errors.ToDictionary()["page"].ShouldHaveSingleItem().ShouldContain("1000000");
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("1000000", 1_000_000)]
    [InlineData("42", 42)]
    public void Whole_numbers_in_range_are_read(string raw, int expected)
    {
        _query.Int("page", raw, 1, 1, 1_000_000).ShouldBe(expected);
        _query.Errors.Any.ShouldBeFalse();
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1.01")]
    [InlineData("-0.1")]
    [InlineData("0,5")]
    [InlineData("abc")]
    public void A_bad_minimum_score_is_an_error_naming_it(string raw)
    {
        _query.Number("minScore", raw, 0, 1).ShouldBeNull();
        Bad.ShouldBe(["minScore"]);
    }

    [Fact]
    public void A_score_is_read_with_the_invariant_culture()
    {
        _query.Number("minScore", "0.75", 0, 1).ShouldBe(0.75);
        _query.Number("minScore", "1", 0, 1).ShouldBe(1);
        _query.Errors.Any.ShouldBeFalse();
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("1234")]
    public void An_id_must_be_a_non_empty_guid(string raw)
    {
        _query.Id("article", raw).ShouldBeNull();
        Bad.ShouldBe(["article"]);
    }

    [Theory]
    [InlineData("\0")]
    [InlineData("ann\u200b")]
    [InlineData("x\u202Ey")]
    [InlineData("line\nbreak")]
    public void A_text_filter_with_control_or_invisible_characters_is_an_error(string raw)
    {
        _query.Text("assignee", raw).ShouldBeNull();
        Bad.ShouldBe(["assignee"]);
    }

    [Fact]
    public void A_text_filter_longer_than_the_limit_is_an_error_that_does_not_repeat_it()
    {
        _query.Text("label", new string('q', 201)).ShouldBeNull();
        _query.Errors.ToDictionary()["label"].ShouldHaveSingleItem().ShouldNotContain("qqq");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-13-01")]
    [InlineData("\0")]
    public void A_bad_instant_is_an_error_naming_it(string raw)
    {
        _query.Instant("from", raw).ShouldBeNull();
        Bad.ShouldBe(["from"]);
    }

    [Fact]
    public void An_instant_without_offset_is_utc()
    {
        _query.Instant("from", "2026-11-01T10:00:00").ShouldBe(new DateTimeOffset(2026, 11, 1, 10, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void A_choice_outside_the_set_lists_the_allowed_words()
    {
        _query.Choice<DayOfWeek>("state", "someday", text => Enum.TryParse<DayOfWeek>(text, true, out var d) ? d : null, ["monday", "tuesday"]);
        _query.Errors.ToDictionary()["state"].ShouldHaveSingleItem().ShouldContain("monday, tuesday");
    }

    [Fact]
    public void Every_bad_parameter_is_reported_not_only_the_first()
    {
        _query.Int("page", "abc", 1, 1, 10);
        _query.Int("pageSize", "abc", 50, 1, 500);
        _query.Number("minScore", "NaN", 0, 1);
        Bad.ShouldBe(["page", "pageSize", "minScore"], ignoreOrder: true);
    }
}
