using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using ClaimCheck.Text;

namespace ClaimCheck.Speakers;

/// <summary>
/// Immutable registry of canonical speakers and their surface forms. Every change returns a new
/// registry, so the service can rebuild it by folding <see cref="SpeakerRegistered"/>,
/// <see cref="SpeakerAliasAdded"/> and <see cref="SpeakersMerged"/> events over <see cref="Default"/>.
/// Lookups are accent- and case-insensitive and ignore honorifics ("M. Xi") and determiners.
/// </summary>
public sealed class SpeakerRegistry
{
    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "m", "mr", "mrs", "ms", "mme", "mlle", "dr", "gen", "general", "monsieur", "madame", "sir", "lord",
        "the", "le", "la", "l", "les", "sen", "senator", "gov", "prof", "pr", "mgr",
    ]);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["le", "la", "l", "les", "the", "son", "sa", "ses", "leur", "his", "her", "its", "their", "ce", "cette", "this", "that", "un", "une", "a", "an"]);

    private static readonly Lazy<SpeakerRegistry> DefaultRegistry = new(LoadDefault);

    private readonly FrozenDictionary<string, Person> _byId;
    private readonly FrozenDictionary<string, string> _redirects;
    private readonly FrozenDictionary<string, string> _nameKeys;
    private readonly FrozenDictionary<string, string[]> _roleKeys;
    private readonly FrozenDictionary<string, string[]> _lastNameKeys;

    /// <summary>First folded words of every name or role; lets a scanner skip words that start no mention.</summary>
    internal FrozenSet<string> FirstWords { get; }

    internal int LongestKeyWords { get; }

    private SpeakerRegistry(IEnumerable<Person> people, IReadOnlyDictionary<string, string> redirects)
    {
        _byId = people.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _redirects = redirects.ToFrozenDictionary(StringComparer.Ordinal);

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var roles = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lastNames = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var person in _byId.Values)
        {
            foreach (var name in person.Aliases.Append(person.DisplayName))
            {
                var key = Key(name);
                if (key.Length == 0) continue;
                names.TryAdd(key, person.Id);
                var last = key[(key.LastIndexOf(' ') + 1)..];
                if (!person.IsOrganization) Add(lastNames, last, person.Id);
            }
            foreach (var role in person.Roles)
            {
                var key = Key(role);
                if (key.Length > 0) Add(roles, key, person.Id);
            }
        }
        _nameKeys = names.ToFrozenDictionary(StringComparer.Ordinal);
        _roleKeys = roles.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.Ordinal);
        _lastNameKeys = lastNames.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Order().ToArray(), StringComparer.Ordinal);
        var allKeys = _nameKeys.Keys.Concat(_roleKeys.Keys).Concat(_lastNameKeys.Keys).ToList();
        FirstWords = allKeys.Select(k => k.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal);
        LongestKeyWords = allKeys.Count == 0 ? 1 : allKeys.Max(k => k.Count(c => c == ' ') + 1);

        static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
        {
            if (!map.TryGetValue(key, out var set)) map[key] = set = [];
            set.Add(id);
        }
    }

    /// <summary>The registry shipped with ClaimCheck: everyone quoted or named in the sample corpus, and well-known office holders.</summary>
    public static SpeakerRegistry Default => DefaultRegistry.Value;

    public static SpeakerRegistry Empty { get; } = new([], new Dictionary<string, string>());

    public IReadOnlyCollection<Person> People => _byId.Values;

    public Person? Find(string id) =>
        _byId.TryGetValue(Canonical(id), out var person) ? person : null;

    /// <summary>The id that <paramref name="id"/> resolves to after merges (itself when never merged).</summary>
    public string Canonical(string id)
    {
        var current = id;
        for (var hops = 0; hops < 32 && _redirects.TryGetValue(current, out var next); hops++) current = next;
        return current;
    }

    /// <summary>
    /// The person a name refers to: full alias, then the name without its titles
    /// ("le président américain Joe Biden" → Joe Biden), then a last name that only one person bears.
    /// Role descriptions are not resolved here (see <see cref="ResolveRole"/>).
    /// </summary>
    public Person? Resolve(string surface)
    {
        var key = Key(surface);
        if (key.Length == 0) return null;
        if (_nameKeys.TryGetValue(key, out var id)) return _byId[id];
        var words = key.Split(' ');
        for (var skip = 1; skip < words.Length; skip++)
        {
            var tail = string.Join(' ', words, skip, words.Length - skip);
            if (_nameKeys.TryGetValue(tail, out id)) return _byId[id];
        }
        if (_lastNameKeys.TryGetValue(words[^1], out var ids) && ids.Length == 1 && char.IsLetter(words[^1][0]))
        {
            // A bare last name is only trusted if the whole surface is that name (with honorifics).
            if (words.Length == 1) return _byId[ids[0]];
        }
        return null;
    }

    /// <summary>Everyone a role description ("le président russe", "the NATO chief") may refer to.</summary>
    public IReadOnlyList<Person> ResolveRole(string surface)
    {
        var key = Key(surface);
        return _roleKeys.TryGetValue(key, out var ids) ? ids.Select(i => _byId[i]).ToArray() : [];
    }

    internal bool IsNameKey(string key) => _nameKeys.ContainsKey(key);

    internal bool IsRoleKey(string key) => _roleKeys.ContainsKey(key);

    internal bool IsUniqueLastName(string key) => _lastNameKeys.TryGetValue(key, out var ids) && ids.Length == 1;

    public SpeakerRegistry WithPerson(Person person)
    {
        var people = _byId.Values.Where(p => p.Id != person.Id).Append(person);
        return new SpeakerRegistry(people, _redirects);
    }

    public SpeakerRegistry WithAlias(string personId, string alias)
    {
        var person = Find(personId) ?? throw new ArgumentException($"Unknown speaker '{personId}'.", nameof(personId));
        if (person.Aliases.Any(a => Key(a) == Key(alias))) return this;
        return WithPerson(person with { Aliases = [.. person.Aliases, alias] });
    }

    /// <summary>Folds the second person into the first: names, roles and future lookups of the merged id.</summary>
    public SpeakerRegistry Merge(string keepId, string mergedId)
    {
        var keep = Find(keepId) ?? throw new ArgumentException($"Unknown speaker '{keepId}'.", nameof(keepId));
        var merged = Find(mergedId) ?? throw new ArgumentException($"Unknown speaker '{mergedId}'.", nameof(mergedId));
        if (keep.Id == merged.Id) return this;
        var combined = keep with
        {
            Aliases = keep.Aliases.Concat(merged.Aliases).Append(merged.DisplayName).Distinct().ToArray(),
            Roles = keep.Roles.Concat(merged.Roles).Distinct().ToArray(),
            Gender = keep.Gender == Gender.Unknown ? merged.Gender : keep.Gender,
        };
        var people = _byId.Values.Where(p => p.Id != keep.Id && p.Id != merged.Id).Append(combined);
        var redirects = new Dictionary<string, string>(_redirects) { [merged.Id] = keep.Id };
        return new SpeakerRegistry(people, redirects);
    }

    public SpeakerRegistry Apply(SpeakerRegistered e) =>
        WithPerson(new Person(e.PersonId, e.DisplayName, e.Gender, e.Roles, e.Aliases));

    public SpeakerRegistry Apply(SpeakerAliasAdded e) => WithAlias(e.PersonId, e.Alias);

    public SpeakerRegistry Apply(SpeakersMerged e) => Merge(e.KeptId, e.MergedId);

    /// <summary>The lookup key of a surface form: folded, without leading determiners and honorifics.</summary>
    public static string Key(string surface)
    {
        var folded = TextFold.Fold(surface.Replace('.', ' ').Replace('\'', ' ').Replace('’', ' ').Replace(',', ' '));
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        while (start < words.Length - 1 && (Determiners.Contains(words[start]) || Honorifics.Contains(words[start]))) start++;
        return string.Join(' ', words, start, words.Length - start);
    }

    internal static bool IsHonorific(string folded) => Honorifics.Contains(folded.TrimEnd('.'));

    public static SpeakerRegistry FromJson(string json)
    {
        var file = JsonSerializer.Deserialize<RegistryFile>(json, JsonOptions) ?? throw new FormatException("Empty speaker registry.");
        var people = file.People.Select(p => new Person(
            p.Id, p.Name, p.Gender, p.Roles ?? [], p.Aliases ?? [], p.Organization));
        return new SpeakerRegistry(people, new Dictionary<string, string>());
    }

    private static SpeakerRegistry LoadDefault()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ClaimCheck.Speakers.speakers.json")
            ?? throw new InvalidOperationException("The embedded speaker list is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private sealed record RegistryFile(List<PersonEntry> People);

    private sealed record PersonEntry(string Id, string Name, Gender Gender, List<string>? Roles, List<string>? Aliases, bool Organization);
}
