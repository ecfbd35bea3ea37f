using System.Globalization;
using System.Text;
using ClaimCheck.Access;

namespace ClaimCheck.Tests.Access;

[Trait("Category", "Faults")]
public sealed class UserNamesTests
{
    /// <summary>Every code point a reader cannot see or that separates words: each must be refused wherever it sits in a name.</summary>
    public static TheoryData<int> InvisibleCodePoints()
    {
        var data = new TheoryData<int>();
        foreach (var c in Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)))
            data.Add(c);
        for (var c = 0x00A0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            var category = CharUnicodeInfo.GetUnicodeCategory((char)c);
            if (category is UnicodeCategory.Format or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse && c % 997 == 0)
                data.Add(c);
        }
        foreach (var c in new[] { 0x034F, 0x115F, 0x1160, 0x3164, 0xFFA0, 0xFE0F, 0xFE00, 0x180B, 0x2800, 0xE0001, 0xE0041, 0x1D173, 0xE000 })
            data.Add(c);
        return data;
    }

    [Theory]
    [MemberData(nameof(InvisibleCodePoints))]
    public void A_name_with_an_invisible_or_separating_character_anywhere_is_refused(int codePoint)
    {
        var invisible = char.ConvertFromUtf32(codePoint);
        foreach (var name in new[] { $"ann{invisible}", $"{invisible}ann", $"an{invisible}n" })
        {
            // Trimming may legitimately remove a leading or trailing white space; what remains must then be plain "ann".
            var normalized = UserNames.Normalize(name, out var rejection);
            if (normalized is not null)
                normalized.Display.ShouldBe("ann", $"U+{codePoint:X4} in '{name}' was accepted as '{normalized.Display}'");
            else
                rejection!.Title.ShouldBe("Invalid user name");
        }
        UserNames.Normalize($"an{invisible}n", out _).ShouldBeNull($"U+{codePoint:X4} inside a name must be refused");
    }

    [Theory]
    [InlineData("Ann")]
    [InlineData("ANN")]
    [InlineData("ａｎｎ")]
    [InlineData("Ａｎｎ")]
    [InlineData("  ann  ")]
    public void Look_alike_spellings_of_a_name_have_the_same_key(string spelling)
    {
        UserNames.Normalize(spelling, out _)!.Key.ShouldBe(UserNames.Normalize("ann", out _)!.Key);
    }

    [Fact]
    public void Composed_and_decomposed_accents_are_the_same_name()
    {
        var composed = UserNames.Normalize("Chlo\u00E9", out _)!;
        var decomposed = UserNames.Normalize("Chloe\u0301", out _)!;

        decomposed.Display.ShouldBe("Chlo\u00E9");
        decomposed.Key.ShouldBe(composed.Key);
        composed.Key.ShouldBe("chlo\u00E9");
    }

    public static TheoryData<string> ReservedSpellings()
    {
        var data = new TheoryData<string>();
        foreach (var reserved in ServiceActors.Names.Append("cli:root").Append("cli:"))
        {
            data.Add(reserved);
            data.Add(reserved.ToUpperInvariant());
            data.Add(char.ToUpperInvariant(reserved[0]) + reserved[1..]);
            // Full-width forms fold to ASCII under NFKC.
            data.Add(new string(reserved.Select(c => c is >= '!' and <= '~' ? (char)(c - '!' + '\uFF01') : c).ToArray()));
            data.Add($" {reserved} ");
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ReservedSpellings))]
    public void The_names_the_service_records_for_its_own_work_are_refused_in_any_spelling(string name)
    {
        UserNames.Normalize(name, out var rejection).ShouldBeNull();
        rejection!.Title.ShouldBe("Reserved user name");
    }

    [Theory]
    [InlineData("systemic")]
    [InlineData("clio")]
    [InlineData("anna-cli:x")]
    [InlineData("Zoë")]
    [InlineData("李明")]
    [InlineData("o'brien")]
    public void Ordinary_names_are_accepted_as_typed(string name)
    {
        UserNames.Normalize(name, out var rejection).ShouldNotBeNull(rejection?.Detail).Display.ShouldBe(name.Normalize(NormalizationForm.FormKC));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("ann\uFFFD")]
    public void Missing_empty_and_broken_names_are_refused(string? name)
    {
        UserNames.Normalize(name, out var rejection).ShouldBeNull();
        rejection.ShouldNotBeNull();
    }

    [Fact]
    public void A_name_with_a_lone_surrogate_is_refused_without_throwing()
    {
        foreach (var name in new[] { "\uD800ann", "ann\uDC00", "a\uDBFFnn" })
            UserNames.Normalize(name, out var rejection).ShouldBeNull(name.Length.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_name_over_the_limit_is_refused()
    {
        UserNames.Normalize(new string('a', UserNames.MaxLength), out _).ShouldNotBeNull();
        UserNames.Normalize(new string('a', UserNames.MaxLength + 1), out _).ShouldBeNull();
    }

    [Fact]
    public void An_account_stored_before_normalization_collides_with_the_name_it_looks_like()
    {
        UserNames.LegacyKeyOf("ann\u200B").ShouldBe(UserNames.Normalize("ANN", out _)!.Key);
        UserNames.LegacyKeyOf("\u202Eann").ShouldBe("ann");
    }
}
