using System.Text.Json;
using ClaimCheck.Extraction;

namespace ClaimCheck.Speakers;

/// <summary>
/// Who can be quoted, and every way they are named. Immutable: each change returns a new registry, so the
/// extractor can share one instance across threads and a reviewer's edit never races an extraction.
/// Role descriptions ("le président russe") are aliases too; the extractor trusts them only when the
/// article also names the person.
/// </summary>
public sealed class SpeakerRegistry
{
    private static readonly string[] Honorifics =
    [
        "m", "mr", "mme", "mrs", "ms", "mlle", "dr", "gen", "gén", "general", "général", "president", "président", "presidente",
        "présidente", "chancellor", "chancelier", "premier", "prime minister", "sir", "madame", "monsieur",
    ];

    private readonly Dictionary<string, Person> people;
    private readonly Dictionary<string, string> mergedInto;
    private readonly Dictionary<string, string[]> idsByKey;
    private readonly Dictionary<string, string[]> idsByLastName;
    private readonly Dictionary<string, AliasTokens[]> aliasesByFirstToken;
    private readonly Dictionary<string, AliasTokens[]>.AlternateLookup<ReadOnlySpan<char>> aliasLookup;

    /// <summary>The registry listing everyone quoted in the sample corpus (embedded speakers.json).</summary>
    public static SpeakerRegistry Shipped { get; } = LoadShipped();

    public SpeakerRegistry(IEnumerable<Person> people) : this(people.ToDictionary(p => p.Id, StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal))
    {
    }

    private SpeakerRegistry(Dictionary<string, Person> people, Dictionary<string, string> mergedInto)
    {
        this.people = people;
        this.mergedInto = mergedInto;
        idsByKey = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lastNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byFirst = new Dictionary<string, List<AliasTokens>>(StringComparer.Ordinal);
        foreach (var person in people.Values)
        {
            foreach (var surface in person.Aliases.Prepend(person.Name))
            {
                var key = TextFold.Key(surface);
                if (key.Length == 0) continue;
                idsByKey[key] = idsByKey.TryGetValue(key, out var ids) ? ids.Append(person.Id).Distinct().ToArray() : [person.Id];
                var tokens = Tokenize(surface);
                if (tokens.Length == 0) continue;
                // An institution's name is its name with or without the article ("le Kremlin"), and its last word
                // ("Blanche", "unies") names nobody on its own.
                var role = !person.IsOrganization && IsRoleDescription(surface);
                if (!role && !person.IsOrganization && tokens.Length >= 2)
                {
                    if (!lastNames.TryGetValue(tokens[^1], out var owners)) lastNames[tokens[^1]] = owners = [];
                    owners.Add(person.Id);
                }
                if (!byFirst.TryGetValue(tokens[0], out var list)) byFirst[tokens[0]] = list = [];
                list.Add(new AliasTokens(tokens, person.Id, role));
            }
        }
        idsByLastName = lastNames.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        // A last name alone is a mention only when it names one person ("Xi", not "Wang" if two Wangs).
        foreach (var (lastName, owners) in idsByLastName)
        {
            if (owners.Length != 1) continue;
            if (!byFirst.TryGetValue(lastName, out var list)) byFirst[lastName] = list = [];
            if (!list.Any(a => a.Tokens.Length == 1)) list.Add(new AliasTokens([lastName], owners[0], false));
        }
        aliasesByFirstToken = byFirst.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(a => a.Tokens.Length).ToArray(), StringComparer.Ordinal);
        aliasLookup = aliasesByFirstToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public IReadOnlyCollection<Person> People => people.Values;

    public SpeakerRegistry WithAlias(string personId, string alias)
    {
        var id = Canonical(personId);
        if (!people.TryGetValue(id, out var person)) throw new ArgumentException($"Unknown person \"{personId}\".", nameof(personId));
        if (string.IsNullOrWhiteSpace(alias)) throw new ArgumentException("An alias cannot be blank.", nameof(alias));
        if (person.Aliases.Contains(alias, StringComparer.OrdinalIgnoreCase)) return this;
        var copy = new Dictionary<string, Person>(people, StringComparer.Ordinal) { [id] = person with { Aliases = [.. person.Aliases, alias.Trim()] } };
        return new SpeakerRegistry(copy, mergedInto);
    }

    public SpeakerRegistry WithPerson(string personId, string name, string? gender)
    {
        if (string.IsNullOrWhiteSpace(personId)) throw new ArgumentException("A person needs an id.", nameof(personId));
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A person needs a name.", nameof(name));
        var aliases = people.TryGetValue(personId, out var existing) ? existing.Aliases : [];
        var kind = existing?.Kind ?? SpeakerKind.Person;
        var copy = new Dictionary<string, Person>(people, StringComparer.Ordinal) { [personId] = new Person(personId, name.Trim(), NormalizeGender(gender), aliases, kind) };
        var merged = new Dictionary<string, string>(mergedInto, StringComparer.Ordinal);
        merged.Remove(personId);
        return new SpeakerRegistry(copy, merged);
    }

    /// <summary>Folds <paramref name="mergedId"/> into <paramref name="keepId"/>: its name and aliases become the kept person's aliases.</summary>
    public SpeakerRegistry Merge(string keepId, string mergedId)
    {
        var keep = Canonical(keepId);
        var gone = Canonical(mergedId);
        if (!people.TryGetValue(keep, out var kept)) throw new ArgumentException($"Unknown person \"{keepId}\".", nameof(keepId));
        if (!people.TryGetValue(gone, out var mergedPerson)) throw new ArgumentException($"Unknown person \"{mergedId}\".", nameof(mergedId));
        if (keep == gone) return this;
        var aliases = kept.Aliases.Concat(mergedPerson.Aliases.Prepend(mergedPerson.Name))
            .Where(a => !string.Equals(a, kept.Name, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var copy = new Dictionary<string, Person>(people, StringComparer.Ordinal) { [keep] = kept with { Aliases = aliases, Gender = kept.Gender ?? mergedPerson.Gender } };
        copy.Remove(gone);
        var merged = mergedInto.ToDictionary(p => p.Key, p => p.Value == gone ? keep : p.Value, StringComparer.Ordinal);
        merged[gone] = keep;
        return new SpeakerRegistry(copy, merged);
    }

    public Person? Find(string personId) => people.GetValueOrDefault(Canonical(personId));

    /// <summary>
    /// The canonical id for an id written elsewhere (another tool's gold, a reviewer's note): a registry id or
    /// a merged one, or a slug whose words name a known person ("dmitry-peskov" → "dmitri-peskov"); else unchanged.
    /// </summary>
    public string? CanonicalIdOf(string? idOrSlug)
    {
        if (idOrSlug is null) return null;
        if (Find(idOrSlug) is { } person) return person.Id;
        return Resolve(idOrSlug.Replace('-', ' '))?.Id ?? idOrSlug;
    }

    /// <summary>
    /// The person a surface form names: exact name or alias (case and accents ignored), then without an
    /// honorific ("M. Xi", "President Biden"), then a last name alone when only one person bears it.
    /// </summary>
    public Person? Resolve(string surface)
    {
        if (string.IsNullOrWhiteSpace(surface)) return null;
        var key = TextFold.Key(surface.Trim().Trim('.', ',', ':', ';'));
        if (Unique(idsByKey, key) is { } exact) return people[exact];
        var stripped = StripHonorific(key);
        if (stripped != key && Unique(idsByKey, stripped) is { } named) return people[named];
        if (!stripped.Contains(' ') && Unique(idsByLastName, stripped) is { } byLastName) return people[byLastName];
        return null;
    }

    /// <summary>The id that survives merges.</summary>
    internal string Canonical(string personId)
    {
        var id = personId;
        for (var hops = 0; hops < 16 && mergedInto.TryGetValue(id, out var next); hops++) id = next;
        return id;
    }

    internal Person Get(string personId) => people[personId];

    /// <summary>Every mention of a known person in <paramref name="text"/>, longest alias first, left to right.</summary>
    internal List<PersonMention> FindMentions(string text)
    {
        var mentions = new List<PersonMention>();
        Span<(int Start, int End)> window = stackalloc (int, int)[8];
        var position = 0;
        Span<char> folded = stackalloc char[64];
        while (NextWord(text, position, out var start, out var end))
        {
            position = end;
            if (end - start > folded.Length) continue;
            var word = FoldInto(text, start, end, folded);
            if (!aliasLookup.TryGetValue(word, out var candidates)) continue;
            foreach (var alias in candidates)
            {
                if (!alias.IsRole && !char.IsUpper(text[start])) continue;
                var matchEnd = MatchRest(text, end, alias.Tokens);
                if (matchEnd < 0) continue;
                mentions.Add(new PersonMention(start, matchEnd, alias.PersonId, alias.IsRole));
                position = matchEnd;
                break;
            }
        }
        return mentions;
    }

    private static int MatchRest(string text, int from, string[] tokens)
    {
        var position = from;
        Span<char> folded = stackalloc char[64];
        for (var t = 1; t < tokens.Length; t++)
        {
            if (!NextWord(text, position, out var start, out var end)) return -1;
            // Alias tokens must be adjacent: only spaces, hyphens, apostrophes or a period ("M. Xi") between.
            for (var i = position; i < start; i++)
                if (!(char.IsWhiteSpace(text[i]) || text[i] is '-' or '\'' or '\u2019' or '.' or '\u2011')) return -1;
            if (end - start > folded.Length) return -1;
            if (!FoldInto(text, start, end, folded).SequenceEqual(tokens[t])) return -1;
            position = end;
        }
        return position;
    }

    private static ReadOnlySpan<char> FoldInto(string text, int start, int end, Span<char> buffer)
    {
        for (var i = start; i < end; i++) buffer[i - start] = TextFold.Fold(text[i]);
        return buffer[..(end - start)];
    }

    internal static bool NextWord(string text, int from, out int start, out int end)
    {
        var i = from;
        while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
        start = i;
        while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
        end = i;
        return end > start;
    }

    private static string[] Tokenize(string surface)
    {
        var tokens = new List<string>();
        var position = 0;
        while (NextWord(surface, position, out var start, out var end))
        {
            tokens.Add(TextFold.Fold(surface.AsSpan(start, end - start)));
            position = end;
        }
        return tokens.ToArray();
    }

    /// <summary>A role description rather than a name: it starts with an article or a lowercase word.</summary>
    internal static bool IsRoleDescription(string alias)
    {
        var trimmed = alias.TrimStart();
        if (trimmed.Length == 0) return false;
        var key = TextFold.Key(trimmed);
        return char.IsLower(trimmed[0]) || key.StartsWith("the ", StringComparison.Ordinal) || key.StartsWith("le ", StringComparison.Ordinal)
            || key.StartsWith("la ", StringComparison.Ordinal) || key.StartsWith("l'", StringComparison.Ordinal);
    }

    private static string StripHonorific(string key)
    {
        foreach (var honorific in Honorifics)
        {
            var folded = TextFold.Key(honorific);
            if (key.StartsWith(folded + ". ", StringComparison.Ordinal)) return key[(folded.Length + 2)..];
            if (key.StartsWith(folded + " ", StringComparison.Ordinal)) return key[(folded.Length + 1)..];
        }
        return key;
    }

    private string? Unique(Dictionary<string, string[]> index, string key) =>
        index.TryGetValue(key, out var ids) && ids.Length == 1 ? ids[0] : null;

    private static string? NormalizeGender(string? gender) => gender?.Trim().ToLowerInvariant() switch
    {
        "m" or "male" or "man" or "masculin" or "homme" => "m",
        "f" or "female" or "woman" or "feminin" or "féminin" or "femme" => "f",
        _ => null,
    };

    private static SpeakerRegistry LoadShipped()
    {
        using var stream = typeof(SpeakerRegistry).Assembly.GetManifestResourceStream("ClaimCheck.Speakers.speakers.json")
            ?? throw new InvalidOperationException("The speakers.json resource is missing from the ClaimCheck assembly.");
        using var document = JsonDocument.Parse(stream);
        var people = document.RootElement.GetProperty("people").EnumerateArray().Select(p => new Person(
            p.GetProperty("id").GetString()!,
            p.GetProperty("name").GetString()!,
            NormalizeGender(p.TryGetProperty("gender", out var g) && g.ValueKind == JsonValueKind.String ? g.GetString() : null),
            p.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray(),
            p.TryGetProperty("kind", out var kind) && kind.GetString() == "organization" ? SpeakerKind.Organization : SpeakerKind.Person));
        return new SpeakerRegistry(people);
    }

    private sealed record AliasTokens(string[] Tokens, string PersonId, bool IsRole);
}

/// <summary>Where a known person is named in a text; a role mention ("le président russe") counts only once the person is named.</summary>
internal readonly record struct PersonMention(int Start, int End, string PersonId, bool IsRole);
