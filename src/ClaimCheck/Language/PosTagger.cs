using System.Buffers;

namespace ClaimCheck.Language;

/// <summary>How <see cref="PosTagger.Train"/> and <see cref="Lemmatizer.Train"/> run; the defaults made the shipped model.</summary>
public sealed record TaggerTrainingOptions
{
    public int Epochs { get; init; } = 10;
    public ulong Seed { get; init; } = 1;

    /// <summary>Averaged weights below this magnitude are dropped before saving.</summary>
    public float PruneBelow { get; init; } = 0.01f;

    /// <summary>A form seen at least this often with one tag in at least <see cref="TagDictionaryRatio"/> of its
    /// occurrences is tagged from a dictionary, without scoring.</summary>
    public int TagDictionaryMinCount { get; init; } = 20;

    public double TagDictionaryRatio { get; init; } = 0.97;

    /// <summary>Lemma edit scripts seen in fewer training types than this are not learned as classes.</summary>
    public int MinScriptCount { get; init; } = 2;
}

/// <summary>
/// Greedy left-to-right part-of-speech tagger (UPOS) over an <see cref="AveragedPerceptron"/>, after Honnibal's
/// "A good part-of-speech tagger in about 200 lines of Python": the word, its suffixes, prefixes and shape, the
/// two neighbours on each side and the two previous predicted tags are the features; frequent unambiguous
/// words come from a tag dictionary. Features are hashed from spans of the text, so tagging allocates nothing
/// per token. Thread-safe.
/// </summary>
public sealed class PosTagger
{
    private const int MaxFeatures = 32;

    private static readonly ulong Bias = FeatureHash.Of("bias");
    private static readonly ulong Word = FeatureHash.Of("w");
    private static readonly ulong Suffix = FeatureHash.Of("suf");
    private static readonly ulong Prefix = FeatureHash.Of("pre");
    private static readonly ulong ShapeId = FeatureHash.Of("shape");
    private static readonly ulong Prev1 = FeatureHash.Of("t-1");
    private static readonly ulong Prev2 = FeatureHash.Of("t-2");
    private static readonly ulong Prev12 = FeatureHash.Of("t-1,t-2");
    private static readonly ulong WordPrev1 = FeatureHash.Of("w,t-1");
    private static readonly ulong Prev1Next = FeatureHash.Of("t-1,w+1");
    private static readonly ulong WordNext = FeatureHash.Of("w,w+1");
    private static readonly ulong Left1 = FeatureHash.Of("w-1");
    private static readonly ulong Left1Suffix = FeatureHash.Of("suf3-1");
    private static readonly ulong Left2 = FeatureHash.Of("w-2");
    private static readonly ulong Right1 = FeatureHash.Of("w+1");
    private static readonly ulong Right1Suffix = FeatureHash.Of("suf3+1");
    private static readonly ulong Right2 = FeatureHash.Of("w+2");
    private static readonly ulong FirstCapital = FeatureHash.Of("first,cap");
    private static readonly ulong NumberWord = FeatureHash.Of("!NUM");
    private static readonly ulong Start = FeatureHash.Of("-START-");
    private static readonly ulong Start2 = FeatureHash.Of("-START2-");
    private static readonly ulong End = FeatureHash.Of("-END-");
    private static readonly ulong End2 = FeatureHash.Of("-END2-");

    private readonly AveragedPerceptron _model;
    private readonly Dictionary<ulong, int> _tagDictionary;
    private readonly string[] _tags;

    private PosTagger(string[] tags, AveragedPerceptron model, Dictionary<ulong, int> tagDictionary)
    {
        _tags = tags;
        _model = model;
        _tagDictionary = tagDictionary;
    }

    /// <summary>The tag set: UPOS, plus joined tags of multi-word tokens such as "ADP+DET".</summary>
    public IReadOnlyList<string> Tags => _tags;

    public int FeatureCount => _model.FeatureCount;

    /// <summary>Tags one sentence: <paramref name="tags"/>[i] receives the index in <see cref="Tags"/> of token i.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, Span<int> tags)
    {
        var words = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        var suffixes = ArrayPool<ulong>.Shared.Rent(tokens.Length);
        try
        {
            Context(text, tokens, words, suffixes);
            Span<ulong> features = stackalloc ulong[MaxFeatures];
            for (var i = 0; i < tokens.Length; i++)
            {
                if (_tagDictionary.TryGetValue(FeatureHash.Combine(Word, Canonical(tokens[i].In(text))), out var known))
                {
                    tags[i] = known;
                    continue;
                }
                var count = Features(text, tokens, words, suffixes, i, Previous(tags, i, 1), Previous(tags, i, 2), features);
                tags[i] = _model.Predict(features[..count]);
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(words);
            ArrayPool<ulong>.Shared.Return(suffixes);
        }
    }

    /// <summary>Tags a sentence given as separate forms (a treebank's gold tokens).</summary>
    public string[] Tag(IReadOnlyList<string> forms)
    {
        var (text, tokens) = Join(forms);
        var tags = new int[tokens.Length];
        Tag(text, tokens, tags);
        return [.. tags.Select(t => _tags[t])];
    }

    private static int Previous(ReadOnlySpan<int> tags, int i, int back) => i - back >= 0 ? tags[i - back] : -back;

    internal static (string Text, Token[] Tokens) Join(IReadOnlyList<string> forms)
    {
        var tokens = new Token[forms.Count];
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < forms.Count; i++)
        {
            if (i > 0)
                builder.Append(' ');
            tokens[i] = new Token(builder.Length, builder.Length + forms[i].Length, TokenKind.Word);
            builder.Append(forms[i]);
        }
        return (builder.ToString(), tokens);
    }

    private static void Context(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ulong[] words, ulong[] suffixes)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            var form = tokens[i].In(text);
            words[i] = IsNumeric(form) ? NumberWord : FeatureHash.CombineLower(Word, Canonical(form));
            suffixes[i] = FeatureHash.CombineLower(Suffix, form.Length > 3 ? form[^3..] : form);
        }
    }

    /// <summary>Quotation marks and dashes the treebank writes one way count as that one: Sequoia has only
    /// straight quotes and hyphens, news has « » “ ” and — –.</summary>
    private static ReadOnlySpan<char> Canonical(ReadOnlySpan<char> form) => form switch
    {
        "«" or "»" or "“" or "”" or "„" or "‹" or "›" => "\"",
        "—" or "–" or "―" or "--" => "-",
        _ => form,
    };

    private static bool IsNumeric(ReadOnlySpan<char> form) =>
        form.Length > 0 && char.IsAsciiDigit(form[0]) && !form.ContainsAnyExcept("0123456789.,\u00A0\u202F\u2009 ");

    private static int Features(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ulong[] words, ulong[] suffixes,
        int i, int prev1, int prev2, Span<ulong> f)
    {
        var form = tokens[i].In(text);
        var n = 0;
        var w = words[i];
        f[n++] = Bias;
        f[n++] = w;
        for (var k = 1; k <= 4; k++)
            f[n++] = FeatureHash.Combine(FeatureHash.CombineLower(Suffix, form.Length > k ? form[^k..] : form), k);
        for (var k = 1; k <= 3; k++)
            f[n++] = FeatureHash.Combine(FeatureHash.CombineLower(Prefix, form.Length > k ? form[..k] : form), k);
        f[n++] = Shape(form);
        f[n++] = FeatureHash.Combine(Prev1, prev1);
        f[n++] = FeatureHash.Combine(Prev2, prev2);
        f[n++] = FeatureHash.Combine(FeatureHash.Combine(Prev12, prev1), prev2);
        f[n++] = FeatureHash.Combine(FeatureHash.Combine(WordPrev1, w), prev1);
        var left1 = i >= 1 ? words[i - 1] : Start;
        var right1 = i + 1 < tokens.Length ? words[i + 1] : End;
        f[n++] = FeatureHash.Combine(Left1, left1);
        f[n++] = FeatureHash.Combine(Left1Suffix, i >= 1 ? suffixes[i - 1] : Start);
        f[n++] = FeatureHash.Combine(Left2, i >= 2 ? words[i - 2] : i == 1 ? Start : Start2);
        f[n++] = FeatureHash.Combine(Right1, right1);
        f[n++] = FeatureHash.Combine(Right1Suffix, i + 1 < tokens.Length ? suffixes[i + 1] : End);
        f[n++] = FeatureHash.Combine(Right2, i + 2 < tokens.Length ? words[i + 2] : i + 1 < tokens.Length ? End : End2);
        f[n++] = FeatureHash.Combine(FeatureHash.Combine(WordNext, w), right1);
        f[n++] = FeatureHash.Combine(FeatureHash.Combine(Prev1Next, prev1), right1);
        f[n++] = FeatureHash.Combine(FirstCapital, (i == 0 ? 2 : 0) + (form.Length > 0 && char.IsUpper(form[0]) ? 1 : 0));
        return n;
    }

    /// <summary>The word's character classes (X upper, x lower, d digit, - hyphen, ' apostrophe, p other) with runs
    /// collapsed, over its first 12 characters, and whether it is longer.</summary>
    private static ulong Shape(ReadOnlySpan<char> form)
    {
        var hash = ShapeId;
        var last = '\0';
        for (var k = 0; k < form.Length && k < 12; k++)
        {
            var c = form[k];
            var cls = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c is '-' ? '-' : c is '\'' or '’' ? '\'' : 'p';
            if (cls == last)
                continue;
            hash = FeatureHash.Combine(hash, cls);
            last = cls;
        }
        return FeatureHash.Combine(hash, form.Length > 12 ? 1 : 0);
    }

    /// <summary>Trains on gold sentences; <paramref name="onEpoch"/> receives each epoch's training accuracy.</summary>
    public static PosTagger Train(IReadOnlyList<TaggedSentence> sentences, TaggerTrainingOptions options, Action<int, double>? onEpoch = null)
    {
        var tags = sentences.SelectMany(s => s.Upos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var tagIndex = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var tagDictionary = BuildTagDictionary(sentences, tagIndex, options);
        var model = new AveragedPerceptron(tags.Length);
        var tagger = new PosTagger(tags, model, tagDictionary);

        var prepared = sentences.Select(s =>
        {
            var (text, tokens) = Join(s.Forms);
            return (Text: text, Tokens: tokens, Gold: s.Upos.Select(t => tagIndex[t]).ToArray());
        }).ToArray();
        var order = Enumerable.Range(0, prepared.Length).ToArray();
        var features = new ulong[MaxFeatures];
        var words = Array.Empty<ulong>();
        var suffixes = Array.Empty<ulong>();
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            DeterministicShuffle.Shuffle(order.AsSpan(), options.Seed + (ulong)epoch);
            int correct = 0, total = 0;
            foreach (var s in order)
            {
                var (text, tokens, gold) = prepared[s];
                if (words.Length < tokens.Length)
                {
                    words = new ulong[tokens.Length * 2];
                    suffixes = new ulong[tokens.Length * 2];
                }
                Context(text, tokens, words, suffixes);
                var guesses = new int[tokens.Length];
                for (var i = 0; i < tokens.Length; i++)
                {
                    int guess;
                    if (tagDictionary.TryGetValue(FeatureHash.Combine(Word, Canonical(tokens[i].In(text))), out var known))
                    {
                        guess = known;
                    }
                    else
                    {
                        var count = Features(text, tokens, words, suffixes, i, Previous(guesses, i, 1), Previous(guesses, i, 2), features);
                        guess = model.Predict(features.AsSpan(0, count));
                        model.Update(features.AsSpan(0, count), gold[i], guess);
                    }
                    guesses[i] = guess;
                    correct += guess == gold[i] ? 1 : 0;
                    total++;
                }
            }
            onEpoch?.Invoke(epoch + 1, total == 0 ? 0 : (double)correct / total);
        }
        model.Average();
        model.Prune(options.PruneBelow);
        return tagger;
    }

    private static Dictionary<ulong, int> BuildTagDictionary(IReadOnlyList<TaggedSentence> sentences, Dictionary<string, int> tagIndex,
        TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Forms.Length; i++)
            {
                if (!counts.TryGetValue(sentence.Forms[i], out var byTag))
                    counts[sentence.Forms[i]] = byTag = new Dictionary<int, int>();
                byTag[tagIndex[sentence.Upos[i]]] = byTag.GetValueOrDefault(tagIndex[sentence.Upos[i]]) + 1;
            }
        }
        var dictionary = new Dictionary<ulong, int>();
        foreach (var (form, byTag) in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var total = byTag.Values.Sum();
            var (tag, count) = byTag.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)).First();
            if (total >= options.TagDictionaryMinCount && count >= options.TagDictionaryRatio * total)
                dictionary[FeatureHash.Combine(Word, Canonical(form))] = tag;
        }
        return dictionary;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_tags.Length);
        foreach (var tag in _tags)
            writer.Write(tag);
        writer.Write(_tagDictionary.Count);
        foreach (var (word, tag) in _tagDictionary.OrderBy(p => p.Key))
        {
            writer.Write(word);
            writer.Write((ushort)tag);
        }
        writer.Flush();
        _model.Save(writer.BaseStream);
    }

    internal static PosTagger Read(BinaryReader reader)
    {
        var tags = new string[reader.ReadInt32()];
        for (var i = 0; i < tags.Length; i++)
            tags[i] = reader.ReadString();
        var count = reader.ReadInt32();
        var dictionary = new Dictionary<ulong, int>(count);
        for (var i = 0; i < count; i++)
        {
            var word = reader.ReadUInt64();
            int tag = reader.ReadUInt16();
            if (tag >= tags.Length)
                throw new InvalidDataException($"Tag dictionary entry {tag} is out of range.");
            dictionary[word] = tag;
        }
        var model = AveragedPerceptron.Load(reader.BaseStream);
        if (model.Classes != tags.Length)
            throw new InvalidDataException("The tagger's model and tag set disagree.");
        return new PosTagger(tags, model, dictionary);
    }
}
