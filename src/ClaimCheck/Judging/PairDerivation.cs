using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Language;

namespace ClaimCheck.Judging;

/// <summary>A sentence of real text with its tokens' character offsets and tags (tags may be unknown for English).</summary>
public sealed record SourceSentence(string Id, string Language, string Text, IReadOnlyList<(int Start, int End)> Spans, IReadOnlyList<string> Upos, IReadOnlyList<string> Lemmas)
{
    public string Form(int i) => Text[Spans[i].Start..Spans[i].End];

    /// <summary>Aligns a treebank sentence's forms with its text (forms appear in order; contractions like "du" = "de le" are skipped).</summary>
    public static SourceSentence FromTagged(string id, string language, TaggedSentence sentence)
    {
        var spans = new List<(int, int)>();
        var upos = new List<string>();
        var lemmas = new List<string>();
        var cursor = 0;
        for (var i = 0; i < sentence.Forms.Length; i++)
        {
            var at = sentence.Text.IndexOf(sentence.Forms[i], cursor, StringComparison.Ordinal);
            if (at < 0) continue;
            spans.Add((at, at + sentence.Forms[i].Length));
            upos.Add(sentence.Upos[i]);
            lemmas.Add(sentence.Lemmas[i]);
            cursor = at + sentence.Forms[i].Length;
        }
        return new SourceSentence(id, language, sentence.Text, spans, upos, lemmas);
    }

    /// <summary>An untagged sentence (English news): tokens are the language layer's, tags unknown ("X").</summary>
    public static SourceSentence FromText(string id, string language, string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        return new SourceSentence(id, language, text, tokens.Select(t => (t.Start, t.Start + t.Length)).ToList(),
            tokens.Select(_ => "X").ToList(), tokens.Select(t => text.Substring(t.Start, t.Length).ToLowerInvariant()).ToList());
    }
}

/// <summary>
/// Labelled claim pairs made from real sentences by controlled edits, so the judge learns from text nobody here
/// wrote: negating the main verb, swapping a word for its antonym, changing a figure, a year or a name
/// (contradictions); dropping a modifier (entailment, the premise says more); the next sentence of the same
/// document (neutral: same topic, compatible). Every choice is made by a hash of the sentence id, so the same
/// sentences always give the same pairs.
/// </summary>
public sealed class PairDerivation(IReadOnlyDictionary<string, string[]> antonyms)
{
    /// <summary>Reads antonym pairs: TSV lines "a TAB b [TAB ...]"; both directions are kept; multi-word entries are skipped.</summary>
    public static Dictionary<string, string[]> ReadAntonyms(IEnumerable<(string A, string B)> pairs)
    {
        var map = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in pairs)
        {
            if (a.Contains(' ') || b.Contains(' ') || a.Length < 3 || b.Length < 3 || a == b) continue;
            Add(a.ToLowerInvariant(), b.ToLowerInvariant());
            Add(b.ToLowerInvariant(), a.ToLowerInvariant());
        }
        return map.ToDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);

        void Add(string x, string y)
        {
            if (!map.TryGetValue(x, out var set)) map[x] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(y);
        }
    }

    public IEnumerable<StatementPair> Derive(IReadOnlyList<SourceSentence> document, IReadOnlyList<SourceSentence> namePool)
    {
        for (var s = 0; s < document.Count; s++)
        {
            var sentence = document[s];
            if (sentence.Spans.Count < 6 || sentence.Spans.Count > 45) continue;
            var roll = Hash(sentence.Id);
            // Each sentence gives one contradiction (the first edit that applies, starting from a hashed choice)...
            var edits = new Func<SourceSentence, (string Text, string How)?>[] { Negate, SwapAntonym, ChangeNumber, ChangeYear, s2 => SwapName(s2, namePool) };
            for (var k = 0; k < edits.Length; k++)
            {
                if (edits[(int)((roll + (ulong)k) % (ulong)edits.Length)](sentence) is { } edit)
                {
                    yield return Pair(sentence, edit.Text, PairLabels.Contradiction, edit.How);
                    break;
                }
            }
            // ...one entailment when a modifier can be dropped...
            if (DropModifier(sentence) is { } weaker) yield return Pair(sentence, weaker, PairLabels.Entailment, "drop-modifier");
            // ...and every other sentence, the next one as a compatible statement about the same story.
            if (roll % 2 == 0 && s + 1 < document.Count && document[s + 1].Spans.Count >= 4)
                yield return Pair(sentence, document[s + 1].Text, PairLabels.Neutral, "next-sentence");
        }
    }

    private static StatementPair Pair(SourceSentence sentence, string hypothesis, string label, string how) =>
        new($"{sentence.Id}:{how}", sentence.Text, hypothesis, sentence.Language, label, "derived:" + how);

    private static readonly HashSet<string> EnglishAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have", "had", "must", "may", "might",
    };

    /// <summary>Negates the first finite verb: "ne ... pas" around a French one, "not" after an English auxiliary.</summary>
    internal (string, string)? Negate(SourceSentence s)
    {
        if (Enumerable.Range(0, s.Spans.Count).Any(i => s.Form(i).ToLowerInvariant() is "ne" or "n'" or "n’" or "pas" or "not" or "never" or "n't" or "jamais"))
            return null;
        for (var i = 1; i < s.Spans.Count; i++)
        {
            var form = s.Form(i);
            if (s.Language == "en")
            {
                if (!EnglishAuxiliaries.Contains(form)) continue;
                return (Insert(s.Text, s.Spans[i].End, " not"), "negate");
            }
            var finite = s.Upos[i] == "AUX" || (s.Upos[i] == "VERB" && !IsNonFinite(form));
            if (!finite || form.Contains('-')) continue;
            var ne = "aeiouyhéèêàâîôû".Contains(char.ToLowerInvariant(form[0])) ? "n'" : "ne ";
            var text = Insert(s.Text, s.Spans[i].End, " pas");
            return (Insert(text, s.Spans[i].Start, ne), "negate");
        }
        return null;
    }

    private static bool IsNonFinite(string form)
    {
        var f = form.ToLowerInvariant();
        return f.EndsWith("er") || f.EndsWith("ir") || f.EndsWith("re") || f.EndsWith("ant") || f.EndsWith('é') || f.EndsWith("és") || f.EndsWith("ée") || f.EndsWith("ées") || f.EndsWith("is") || f.EndsWith("it");
    }

    /// <summary>Replaces an adjective or verb (any content word when untagged) by an antonym of it.</summary>
    internal (string, string)? SwapAntonym(SourceSentence s)
    {
        for (var i = 1; i < s.Spans.Count; i++)
        {
            if (s.Upos[i] is not ("ADJ" or "VERB" or "ADV" or "X")) continue;
            var form = s.Form(i);
            var key = (s.Upos[i] == "X" ? form : s.Lemmas[i]).ToLowerInvariant();
            if (!antonyms.TryGetValue(key, out var opposites) && !antonyms.TryGetValue(form.ToLowerInvariant(), out opposites)) continue;
            var opposite = opposites[(int)(Hash(s.Id + key) % (ulong)opposites.Length)];
            return (Replace(s.Text, s.Spans[i], opposite), "antonym");
        }
        return null;
    }

    /// <summary>Changes a figure (not a year) well beyond the judge's tolerance.</summary>
    internal (string, string)? ChangeNumber(SourceSentence s)
    {
        for (var i = 0; i < s.Spans.Count; i++)
        {
            var form = s.Form(i);
            if (!int.TryParse(form, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || IsYear(value, form)) continue;
            var changed = value < 10 ? value + 3 : value * 2;
            return (Replace(s.Text, s.Spans[i], changed.ToString(CultureInfo.InvariantCulture)), "number");
        }
        return null;
    }

    internal (string, string)? ChangeYear(SourceSentence s)
    {
        for (var i = 0; i < s.Spans.Count; i++)
        {
            var form = s.Form(i);
            if (!int.TryParse(form, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || !IsYear(value, form)) continue;
            return (Replace(s.Text, s.Spans[i], (value - 1 - (int)(Hash(s.Id) % 5)).ToString(CultureInfo.InvariantCulture)), "year");
        }
        return null;
    }

    /// <summary>Replaces a proper name by a name from another sentence: someone else said or did it.</summary>
    internal (string, string)? SwapName(SourceSentence s, IReadOnlyList<SourceSentence> pool)
    {
        var index = Enumerable.Range(1, Math.Max(0, s.Spans.Count - 1)).FirstOrDefault(i => IsName(s, i), -1);
        if (index < 0 || pool.Count == 0) return null;
        var own = s.Form(index);
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var other = pool[(int)((Hash(s.Id) + (ulong)attempt * 7919) % (ulong)pool.Count)];
            for (var j = 1; j < other.Spans.Count; j++)
                if (IsName(other, j) && !string.Equals(other.Form(j), own, StringComparison.OrdinalIgnoreCase) && !s.Text.Contains(other.Form(j), StringComparison.Ordinal))
                    return (Replace(s.Text, s.Spans[index], other.Form(j)), "name");
        }
        return null;
    }

    private static bool IsName(SourceSentence s, int i)
    {
        var form = s.Form(i);
        return form.Length > 2 && char.IsUpper(form[0]) && form.Skip(1).All(char.IsLower) && (s.Upos[i] is "PROPN" or "X");
    }

    /// <summary>Drops one adjective or adverb (a tagged sentence only): the premise then says more than the hypothesis.</summary>
    internal string? DropModifier(SourceSentence s)
    {
        for (var i = 1; i < s.Spans.Count - 1; i++)
        {
            if (s.Upos[i] is not ("ADJ" or "ADV")) continue;
            var form = s.Form(i).ToLowerInvariant();
            if (form is "pas" or "plus" or "ne" or "jamais" or "non" or "seulement" or "moins" or "très" or "aussi" or "même" || JudgingLexicon.Quantifiers.Contains(form)) continue;
            var (start, end) = s.Spans[i];
            while (end < s.Text.Length && s.Text[end] == ' ') end++;
            return s.Text[..start] + s.Text[end..];
        }
        return null;
    }

    private static bool IsYear(int value, string form) => form.Length == 4 && value is >= 1800 and <= 2100;

    private static string Insert(string text, int at, string what) => text[..at] + what + text[at..];

    private static string Replace(string text, (int Start, int End) span, string with) => text[..span.Start] + with + text[span.End..];

    /// <summary>A stable 64-bit hash of an id (the first 8 bytes of its SHA-256).</summary>
    public static ulong Hash(string id) => BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(id)), 0);

    /// <summary>Dev split by source: a group goes to dev when its hash falls in the lowest fifth.</summary>
    public static bool IsDev(string groupId) => Hash("split|" + groupId) % 5 == 0;
}
