namespace ClaimCheck.Speakers;

/// <summary>
/// A speaker the extractor can attribute quotes to: a person, or an institution that speaks as one
/// ("le Kremlin a déclaré", "the White House said"). Gender ("m"/"f") lets pronouns find a person.
/// </summary>
public sealed record Person(string Id, string Name, string? Gender, IReadOnlyList<string> Aliases, SpeakerKind Kind = SpeakerKind.Person)
{
    public bool IsOrganization => Kind == SpeakerKind.Organization;
}

/// <summary>Whether a speaker is a person or an institution; pronouns and last names only ever point to people.</summary>
public enum SpeakerKind
{
    Person,
    Organization,
}
