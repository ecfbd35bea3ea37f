using ClaimCheck.Speakers;

namespace ClaimCheck.Tests;

public class SpeakerRegistryTests
{
    [Theory]
    [InlineData("Poutine", "vladimir-putin")]
    [InlineData("vladimir poutine", "vladimir-putin")]
    [InlineData("M. Poutine", "vladimir-putin")]
    [InlineData("le président russe", "vladimir-putin")]
    [InlineData("M. Xi", "xi-jinping")]
    [InlineData("Zelenskiy", "volodymyr-zelensky")]
    [InlineData("LE PRESIDENT AMERICAIN", "joe-biden")]
    [InlineData("Stoltenberg", "jens-stoltenberg")]
    public void Names_honorifics_roles_and_spellings_resolve_without_regard_to_case_or_accents(string surface, string id) =>
        SpeakerRegistry.Shipped.Resolve(surface)!.Id.ShouldBe(id);

    [Fact]
    public void An_unknown_name_resolves_to_nobody() => SpeakerRegistry.Shipped.Resolve("Hunter Biden").ShouldBeNull();

    [Fact]
    public void Adding_people_and_aliases_returns_a_new_registry_and_leaves_the_old_one_alone()
    {
        var shipped = SpeakerRegistry.Shipped;
        var changed = shipped.WithPerson("anna-dupont", "Anna Dupont", "f").WithAlias("anna-dupont", "la ministre");
        changed.Resolve("Dupont")!.Id.ShouldBe("anna-dupont");
        changed.Resolve("la ministre")!.Gender.ShouldBe("f");
        shipped.Resolve("Dupont").ShouldBeNull();
    }

    [Fact]
    public void A_merged_person_resolves_to_the_kept_one_with_all_aliases()
    {
        var registry = SpeakerRegistry.Shipped.WithPerson("v-putin", "V. Putin", "m").WithAlias("v-putin", "Vova").Merge("vladimir-putin", "v-putin");
        registry.Find("v-putin")!.Id.ShouldBe("vladimir-putin");
        registry.Resolve("Vova")!.Id.ShouldBe("vladimir-putin");
        registry.People.ShouldNotContain(p => p.Id == "v-putin");
    }

    [Theory]
    [InlineData("dmitri-peskov", "dmitri-peskov")]
    [InlineData("dmitry-peskov", "dmitri-peskov")]
    [InlineData("poutine", "vladimir-putin")]
    [InlineData("hunter-biden", "hunter-biden")]
    public void An_id_written_elsewhere_is_read_as_the_registry_id_of_the_person_it_names(string written, string expected) =>
        SpeakerRegistry.Shipped.CanonicalIdOf(written).ShouldBe(expected);
}
