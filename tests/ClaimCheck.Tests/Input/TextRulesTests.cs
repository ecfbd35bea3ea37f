using ClaimCheck.Input;

namespace ClaimCheck.Tests.Input;

[Trait("Category", "Faults")]
public sealed class TextRulesTests
{
    [Theory]
    [InlineData("Ordinary reason.")]
    [InlineData("Two lines\nand a\ttab")]
    [InlineData("Windows line\r\nending")]
    [InlineData("Arabic with a direction mark \u200F and a joined emoji 👩\u200D💻")]
    [InlineData("")]
    public void Prose_accepts_line_breaks_tabs_and_format_characters(string value) =>
        TextRules.Check("reason", value, 100, TextKind.Prose).ShouldBeNull();

    [Theory]
    [InlineData("nul \0 inside", "U+0000")]
    [InlineData("bell \u0007 inside", "U+0007")]
    [InlineData("escape \u001b[31m red", "U+001B")]
    [InlineData("lone carriage return \r here", "U+000D")]
    [InlineData("delete \u007f char", "U+007F")]
    [InlineData("c1 control \u0085 char", "U+0085")]
    public void Prose_refuses_control_characters_other_than_line_breaks_and_tabs(string value, string codePoint) =>
        TextRules.Check("reason", value, 100, TextKind.Prose).ShouldNotBeNull().ShouldContain(codePoint);

    [Theory]
    [InlineData("ann\u200b", "U+200B")]
    [InlineData("evil\u202Etxt.exe", "U+202E")]
    [InlineData("\uFEFFbom", "U+FEFF")]
    [InlineData("word\u2060joiner", "U+2060")]
    [InlineData("line\u2028separator", "U+2028")]
    [InlineData("two\nlines", "U+000A")]
    [InlineData("tab\there", "U+0009")]
    public void Identifiers_refuse_invisible_direction_changing_and_line_characters(string value, string codePoint) =>
        TextRules.Check("alias", value, 100, TextKind.Identifier).ShouldNotBeNull().ShouldContain(codePoint);

    [Theory]
    [InlineData("vladimir-putin")]
    [InlineData("Émilie Müller-Lüdenscheidt")]
    [InlineData("https://evidence.example/a?b=c#d")]
    [InlineData("王小明")]
    [InlineData("emoji 😀 pair")]
    public void Identifiers_accept_ordinary_names_in_any_script(string value) =>
        TextRules.Check("name", value, 100, TextKind.Identifier).ShouldBeNull();

    [Fact]
    public void An_unpaired_surrogate_is_refused_in_every_kind()
    {
        TextRules.Check("note", "half \uD83D pair", 100, TextKind.Prose).ShouldNotBeNull().ShouldContain("surrogate");
        TextRules.Check("name", "\uDE00 low first", 100, TextKind.Identifier).ShouldNotBeNull().ShouldContain("surrogate");
    }

    [Fact]
    public void An_oversized_value_is_refused_with_its_length_and_the_limit_but_never_its_content()
    {
        var value = new string('x', 5000) + "SECRET";
        var message = TextRules.Check("note", value, 4000, TextKind.Prose).ShouldNotBeNull();
        message.ShouldBe("note has 5,006 characters; the limit is 4,000.");
        message.ShouldNotContain("xxx");
    }

    [Fact]
    public void The_limit_itself_is_accepted() =>
        TextRules.Check("note", new string('x', 4000), 4000, TextKind.Prose).ShouldBeNull();

    [Fact]
    public void A_null_value_passes_because_presence_is_checked_by_the_caller() =>
        TextRules.Check("note", null, 10, TextKind.Identifier).ShouldBeNull();

    [Fact]
    public void Field_errors_collect_one_entry_per_field_named_as_given()
    {
        var errors = new FieldErrors()
            .Text("alias", "a\u200bb", 100, TextKind.Identifier)
            .Text("reason", "fine", 100, TextKind.Prose)
            .Add("evidenceLinks[2]", "is null");

        errors.Any.ShouldBeTrue();
        errors.ToDictionary().Keys.ShouldBe(["alias", "evidenceLinks[2]"], ignoreOrder: true);
    }
}
