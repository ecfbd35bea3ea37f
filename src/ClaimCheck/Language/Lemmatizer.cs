namespace ClaimCheck.Language;

/// <summary>
/// French lemmas from form and UPOS. Forms seen in training are looked up (exact form, then lower case, each with
/// its tag: the most frequent lemma wins); any other form gets an edit script predicted by an
/// <see cref="AveragedPerceptron"/> from its suffixes and tag. A script lower-cases the form or keeps its case,
/// removes N final characters and appends a string ("L3|er" turns "Mangent" into "manger").
/// Thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    private static readonly ulong Exact = FeatureHash.Of("lemma:form");
    private static readonly ulong Lower = FeatureHash.Of("lemma:lower");
    private static readonly ulong Bias = FeatureHash.Of("lemma:bias");
    private static readonly ulong Tag = FeatureHash.Of("lemma:upos");
    private static readonly ulong Suffix = FeatureHash.Of("lemma:suf");
    private static readonly ulong Capital = FeatureHash.Of("lemma:cap");
    private static readonly ulong Length = FeatureHash.Of("lemma:len");
    private const int MaxSuffix = 6;

    private readonly Entry[] _entries;
    private readonly Dictionary<ulong, string> _exact = new();
    private readonly Dictionary<ulong, string> _lower = new();
    private readonly HashSet<string> _forms = new(StringComparer.Ordinal);
    private readonly string[] _scripts;
    private readonly AveragedPerceptron _model;

    /// <summary>One training observation: a form with its tag, its most frequent lemma and how often it was seen.</summary>
    private readonly record struct Entry(string Form, string Upos, string Lemma, int Count);

    private Lemmatizer(Entry[] entries, string[] scripts, AveragedPerceptron model)
    {
        _entries = entries;
        _scripts = scripts;
        _model = model;
        foreach (var entry in entries.OrderByDescending(e => e.Count).ThenBy(e => e.Form, StringComparer.Ordinal).ThenBy(e => e.Upos, StringComparer.Ordinal))
        {
            _forms.Add(entry.Form);
            var tag = FeatureHash.Of(entry.Upos);
            _exact.TryAdd(FeatureHash.Combine(FeatureHash.Combine(Exact, entry.Form), tag), entry.Lemma);
            _lower.TryAdd(FeatureHash.Combine(FeatureHash.CombineLower(Lower, entry.Form), tag), entry.Lemma);
        }
    }

    public int KnownForms => _entries.Length;

    /// <summary>Whether <paramref name="form"/> (exact case) was seen in training.</summary>
    public bool Knows(ReadOnlySpan<char> form) => _forms.GetAlternateLookup<ReadOnlySpan<char>>().Contains(form);

    public int ScriptCount => _scripts.Length;

    /// <summary>The lemma of <paramref name="form"/> tagged <paramref name="upos"/>; a known form's lemma is a shared
    /// string (no allocation), an unknown form's is built from its predicted script.</summary>
    public string Lemmatize(ReadOnlySpan<char> form, string upos)
    {
        var tag = FeatureHash.Of(upos);
        if (_exact.TryGetValue(FeatureHash.Combine(FeatureHash.Combine(Exact, form), tag), out var lemma))
            return lemma;
        if (_lower.TryGetValue(FeatureHash.Combine(FeatureHash.CombineLower(Lower, form), tag), out lemma))
            return lemma;
        Span<ulong> features = stackalloc ulong[4 + 2 * MaxSuffix];
        var count = Features(form, tag, features);
        return Apply(_scripts[_model.Predict(features[..count])], form);
    }

    private static int Features(ReadOnlySpan<char> form, ulong tag, Span<ulong> f)
    {
        var n = 0;
        f[n++] = Bias;
        f[n++] = FeatureHash.Combine(Tag, tag);
        f[n++] = FeatureHash.Combine(FeatureHash.Combine(Capital, tag), form.Length > 0 && char.IsUpper(form[0]) ? 1 : 0);
        f[n++] = FeatureHash.Combine(FeatureHash.Combine(Length, tag), Math.Min(form.Length, 8));
        for (var k = 1; k <= MaxSuffix && k <= form.Length; k++)
        {
            var suffix = FeatureHash.CombineLower(Suffix, form[^k..]);
            f[n++] = FeatureHash.Combine(suffix, k);
            f[n++] = FeatureHash.Combine(FeatureHash.Combine(suffix, k), tag);
        }
        return n;
    }

    /// <summary>The script turning <paramref name="form"/> into <paramref name="lemma"/>: "K" keeps the case or "L"
    /// lower-cases, then the number of final characters removed, '|', and the characters appended.</summary>
    internal static string Script(string form, string lemma)
    {
        var lowered = form.ToLowerInvariant();
        var keep = CommonPrefix(form, lemma);
        var lower = CommonPrefix(lowered, lemma);
        var useLower = lowered != form && (lower > keep || (lower == keep && !(lemma.Length > 0 && char.IsUpper(lemma[0]))));
        var source = useLower ? lowered : form;
        var common = useLower ? lower : keep;
        return $"{(useLower ? 'L' : 'K')}{source.Length - common}|{lemma[common..]}";
    }

    internal static string Apply(string script, ReadOnlySpan<char> form)
    {
        var bar = script.IndexOf('|');
        var cut = int.Parse(script.AsSpan(1, bar - 1));
        if (cut > form.Length)
            return form.ToString();
        Span<char> buffer = form.Length <= 256 ? stackalloc char[form.Length] : new char[form.Length];
        if (script[0] == 'L')
            form.ToLowerInvariant(buffer);
        else
            form.CopyTo(buffer);
        return string.Concat(buffer[..(form.Length - cut)], script.AsSpan(bar + 1));
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
            n++;
        return n;
    }

    /// <summary>Learns the lookup table from every token and the script classifier from the distinct (form, tag) types.</summary>
    public static Lemmatizer Train(IReadOnlyList<TaggedSentence> sentences, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<(string Form, string Upos), Dictionary<string, int>>();
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Forms.Length; i++)
            {
                var key = (sentence.Forms[i], sentence.Upos[i]);
                if (!counts.TryGetValue(key, out var lemmas))
                    counts[key] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                lemmas[sentence.Lemmas[i]] = lemmas.GetValueOrDefault(sentence.Lemmas[i]) + 1;
            }
        }
        var entries = counts
            .Select(p =>
            {
                var best = p.Value.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First();
                return new Entry(p.Key.Form, p.Key.Upos, best.Key, p.Value.Values.Sum());
            })
            .OrderBy(e => e.Form, StringComparer.Ordinal).ThenBy(e => e.Upos, StringComparer.Ordinal)
            .ToArray();

        var typeScripts = entries.Select(e => Script(e.Form, e.Lemma)).ToArray();
        var scripts = typeScripts.GroupBy(s => s, StringComparer.Ordinal)
            .Where(g => g.Count() >= options.MinScriptCount)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key).ToArray();
        if (scripts.Length == 0)
            scripts = ["K0|"];
        var scriptIndex = scripts.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i, StringComparer.Ordinal);

        var model = new AveragedPerceptron(scripts.Length);
        var order = Enumerable.Range(0, entries.Length).Where(i => scriptIndex.ContainsKey(typeScripts[i])).ToArray();
        var features = new ulong[4 + 2 * MaxSuffix];
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            DeterministicShuffle.Shuffle(order.AsSpan(), options.Seed + 1000 + (ulong)epoch);
            foreach (var i in order)
            {
                var count = Features(entries[i].Form, FeatureHash.Of(entries[i].Upos), features);
                var span = features.AsSpan(0, count);
                model.Update(span, scriptIndex[typeScripts[i]], model.Predict(span));
            }
        }
        model.Average();
        model.Prune(options.PruneBelow);
        return new Lemmatizer(entries, scripts, model);
    }

    internal void Write(BinaryWriter writer)
    {
        var tags = _entries.Select(e => e.Upos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        writer.Write(tags.Length);
        foreach (var tag in tags)
            writer.Write(tag);
        writer.Write(_entries.Length);
        foreach (var entry in _entries)
        {
            writer.Write(entry.Form);
            writer.Write((ushort)tagIndex[entry.Upos]);
            writer.Write(entry.Lemma == entry.Form ? "" : Script(entry.Form, entry.Lemma));
            writer.Write(entry.Count);
        }
        writer.Write(_scripts.Length);
        foreach (var script in _scripts)
            writer.Write(script);
        writer.Flush();
        _model.Save(writer.BaseStream);
    }

    internal static Lemmatizer Read(BinaryReader reader)
    {
        var tags = new string[reader.ReadInt32()];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = reader.ReadString();
        var entries = new Entry[reader.ReadInt32()];
        for (var i = 0; i < entries.Length; i++)
        {
            var form = reader.ReadString();
            var tag = reader.ReadUInt16();
            var script = reader.ReadString();
            if (tag >= tags.Length || (script.Length > 0 && script.IndexOf('|') < 2))
                throw new InvalidDataException($"Corrupt lemma entry {i}.");
            entries[i] = new Entry(form, tags[tag], script.Length == 0 ? form : Apply(script, form), reader.ReadInt32());
        }
        var scripts = new string[reader.ReadInt32()];
        for (var i = 0; i < scripts.Length; i++)
            scripts[i] = reader.ReadString();
        var model = AveragedPerceptron.Load(reader.BaseStream);
        if (model.Classes != scripts.Length)
            throw new InvalidDataException("The lemmatizer's model and script list disagree.");
        return new Lemmatizer(entries, scripts, model);
    }
}
