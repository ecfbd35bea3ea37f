namespace ClaimCheck.Speakers;

public enum Gender { Unknown, Male, Female }

/// <summary>
/// A canonical speaker. Id is a stable slug ("vladimir-putin"); roles are descriptions such as
/// "président russe" that name the person only when the article also names them (roles change hands).
/// Organizations (the Kremlin, the White House) are speakers too, with <see cref="IsOrganization"/> set.
/// </summary>
public sealed record Person(
    string Id,
    string DisplayName,
    Gender Gender,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Aliases,
    bool IsOrganization = false);

/// <summary>A surface form was recognised as another name of a known speaker.</summary>
public sealed record SpeakerAliasAdded(string PersonId, string Alias, string Reason);

/// <summary>A new canonical speaker was registered.</summary>
public sealed record SpeakerRegistered(string PersonId, string DisplayName, Gender Gender, IReadOnlyList<string> Roles, IReadOnlyList<string> Aliases, string Reason);

/// <summary>Two canonical speakers turned out to be the same person; <see cref="MergedId"/> now resolves to <see cref="KeptId"/>.</summary>
public sealed record SpeakersMerged(string KeptId, string MergedId, string Reason);
