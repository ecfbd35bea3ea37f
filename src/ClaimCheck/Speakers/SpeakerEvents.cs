namespace ClaimCheck.Speakers;

/// <summary>A reviewer taught the registry another way a person is named.</summary>
public sealed record SpeakerAliasAdded(string PersonId, string Alias, string Reason);

/// <summary>A person the shipped registry did not know was added.</summary>
public sealed record SpeakerRegistered(string PersonId, string Name, string? Gender, string Reason);

/// <summary>Two identities turned out to be one person; the merged id now resolves to the kept one.</summary>
public sealed record SpeakersMerged(string KeepId, string MergedId, string Reason);
