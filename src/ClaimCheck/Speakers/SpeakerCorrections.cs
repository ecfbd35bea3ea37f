namespace ClaimCheck.Speakers;

public enum SpeakerCorrectionKind { PersonRegistered = 1, AliasAdded = 2, PeopleMerged = 3 }

/// <summary>One change fact-checkers made to the shipped speaker registry, in the order it was made.</summary>
public sealed record SpeakerCorrection(SpeakerCorrectionKind Kind, string PersonId, string Value, string? Gender);

/// <summary>
/// Every correction to the shipped registry, rebuilt from the speaker directory stream. The registry the
/// extractor uses is the shipped one with these corrections replayed in order.
/// </summary>
public sealed record SpeakerCorrections(Guid Id, IReadOnlyList<SpeakerCorrection> Changes)
{
    /// <summary>The one stream holding every speaker correction.</summary>
    public static readonly Guid StreamId = new("5e7a1c3d-0000-8000-8000-5e7a1c3d0001");

    public int Version { get; init; }

    public static SpeakerCorrections Create(SpeakerRegistered e) => new(StreamId, [Of(e)]);

    public static SpeakerCorrections Create(SpeakerAliasAdded e) => new(StreamId, [Of(e)]);

    public static SpeakerCorrections Create(SpeakersMerged e) => new(StreamId, [Of(e)]);

    public SpeakerCorrections Apply(SpeakerRegistered e) => this with { Changes = [.. Changes, Of(e)] };

    public SpeakerCorrections Apply(SpeakerAliasAdded e) => this with { Changes = [.. Changes, Of(e)] };

    public SpeakerCorrections Apply(SpeakersMerged e) => this with { Changes = [.. Changes, Of(e)] };

    public SpeakerRegistry ApplyTo(SpeakerRegistry shipped) => Changes.Aggregate(shipped, (registry, change) => change.Kind switch
    {
        SpeakerCorrectionKind.PersonRegistered => registry.WithPerson(change.PersonId, change.Value, change.Gender),
        SpeakerCorrectionKind.AliasAdded => registry.WithAlias(change.PersonId, change.Value),
        SpeakerCorrectionKind.PeopleMerged => registry.Merge(change.PersonId, change.Value),
        _ => registry,
    });

    /// <summary>Ids that were merged into <paramref name="personId"/>, so their quotes count as that person's.</summary>
    public IReadOnlyList<string> MergedInto(string personId) => Changes
        .Where(c => c.Kind == SpeakerCorrectionKind.PeopleMerged && c.PersonId == personId)
        .Select(c => c.Value)
        .ToList();

    private static SpeakerCorrection Of(SpeakerRegistered e) => new(SpeakerCorrectionKind.PersonRegistered, e.PersonId, e.Name, e.Gender);

    private static SpeakerCorrection Of(SpeakerAliasAdded e) => new(SpeakerCorrectionKind.AliasAdded, e.PersonId, e.Alias, null);

    private static SpeakerCorrection Of(SpeakersMerged e) => new(SpeakerCorrectionKind.PeopleMerged, e.KeepId, e.MergedId, null);
}
