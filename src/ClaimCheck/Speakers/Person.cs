namespace ClaimCheck.Speakers;

/// <summary>A speaker the extractor can attribute quotes to. Gender ("m"/"f") lets pronouns find their antecedent.</summary>
public sealed record Person(string Id, string Name, string? Gender, IReadOnlyList<string> Aliases);
