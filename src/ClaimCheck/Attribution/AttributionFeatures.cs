using ClaimCheck.Language;

namespace ClaimCheck.Attribution;

/// <summary>
/// The features of one token for the attribution labeller, as 64-bit hashes of (template, value). Lexical
/// templates (words, suffixes) are language-specific by nature; structural ones (quotation marks, cue distance,
/// sentence position, shapes, previous tags) are shared, so what the English corpus teaches about quote
/// structure also serves French, whose training sentences are short and rarely quoted.
/// </summary>
internal static class AttributionFeatures
{
    public const int MaxFeatures = 48;

    public static int Extract(AttributionInput x, int i, int previous, int previous2, Span<ulong> into)
    {
        var n = 0;
        var h = x.Hashes;
        var w0 = h.Word[i];
        var wm1 = i > 0 ? h.Word[i - 1] : Start;
        var wp1 = i + 1 < x.Count ? h.Word[i + 1] : End;
        var wm2 = i > 1 ? h.Word[i - 2] : Start;
        var wp2 = i + 2 < x.Count ? h.Word[i + 2] : End;
        var shape = h.Shape[i];
        var inQuote = x.InQuote[i] ? 1UL : 0UL;
        var region = x.QuoteRegion[i] >= 0 ? x.Regions[x.QuoteRegion[i]] : null;
        var regionCue = region is null ? 0UL : 1UL | (region.Dialogue ? 2UL : 0) | (region.CueBefore ? 4UL : 0) | (region.CueAfter ? 8UL : 0) | (region.StartsSentence ? 16UL : 0);
        var regionEdge = region is null ? 0UL : (region.Dialogue ? 8UL : 0) | (i == region.First ? 1UL : i == region.Last ? 2UL : 4UL);
        var cueLeft = Bucket(x.CueLeft[i]);
        var cueRight = Bucket(x.CueRight[i]);
        var p = (ulong)previous;
        var p2 = (ulong)previous2;
        var sentence = (x.SentenceStart[i] ? 1UL : 0) | (x.SentenceEnd[i] ? 2UL : 0) | (x.ParagraphStart[i] ? 4UL : 0);
        var cue = x.IsCue[i] ? 1UL : 0UL;
        var cueM1 = i > 0 && x.IsCue[i - 1] ? 1UL : 0UL;
        var cueP1 = i + 1 < x.Count && x.IsCue[i + 1] ? 1UL : 0UL;
        var shapeM1 = i > 0 ? h.Shape[i - 1] : Start;
        var shapeP1 = i + 1 < x.Count ? h.Shape[i + 1] : End;

        into[n++] = H(1, 0);
        into[n++] = H(2, w0);
        into[n++] = H(3, wm1);
        into[n++] = H(4, wp1);
        into[n++] = H(5, wm2);
        into[n++] = H(6, wp2);
        into[n++] = H(7, h.Suffix[i]);
        into[n++] = H(8, wm1, w0);
        into[n++] = H(9, w0, wp1);
        into[n++] = H(10, shape);
        into[n++] = H(11, shapeM1, shape, shapeP1);
        into[n++] = H(12, inQuote, regionEdge);
        into[n++] = H(13, inQuote, regionCue);
        into[n++] = H(14, cue);
        into[n++] = H(15, cueM1, cue, cueP1);
        into[n++] = H(16, cueLeft);
        into[n++] = H(17, cueRight);
        into[n++] = H(18, cueLeft, cueRight, inQuote);
        into[n++] = H(19, sentence);
        into[n++] = H(20, p);
        into[n++] = H(21, p2, p);
        into[n++] = H(22, p, w0);
        into[n++] = H(23, p, cue);
        into[n++] = H(24, p, sentence);
        into[n++] = H(25, p, inQuote, regionEdge);
        into[n++] = H(26, p, shape);
        into[n++] = H(27, cueM1, w0);
        into[n++] = H(28, p, cueLeft, cueRight);
        into[n++] = H(29, p, regionCue, inQuote);
        into[n++] = H(30, wm1, cue);
        if (x.CueLeft[i] > 0) into[n++] = H(31, h.Word[i - x.CueLeft[i]], cueLeft);
        if (x.CueRight[i] > 0) into[n++] = H(32, h.Word[i + x.CueRight[i]], cueRight);
        if (h.Tag is { } tags)
        {
            var t0 = tags[i];
            var tm1 = i > 0 ? tags[i - 1] : Start;
            var tp1 = i + 1 < x.Count ? tags[i + 1] : End;
            into[n++] = H(33, t0);
            into[n++] = H(34, tm1, t0, tp1);
            into[n++] = H(35, p, t0);
            into[n++] = H(36, t0, cueLeft, cueRight);
        }
        if (h.Lemma is { } lemmas)
        {
            var l0 = lemmas[i];
            into[n++] = H(39, l0);
            into[n++] = H(40, p, l0);
            if (i > 0) into[n++] = H(41, lemmas[i - 1], l0);
        }
        var firstUpper = x.Shape[i] is "Xx" or "X";
        if (firstUpper && !x.SentenceStart[i]) into[n++] = H(37, p);
        var pronoun = Grammar.PronounGender(x.Folded[i]);
        if (pronoun != '\0') into[n++] = H(38, pronoun, cueLeft, cueRight);
        return n;
    }

    private static readonly ulong Start = FeatureHash.Of("<s>");
    private static readonly ulong End = FeatureHash.Of("</s>");

    /// <summary>Per-token hashes computed once per text, so a feature is a few integer mixes, not a string hash.</summary>
    internal sealed class TokenHashes
    {
        public TokenHashes(AttributionInput x)
        {
            var language = FeatureHash.Of(x.Language);
            Word = new ulong[x.Count];
            Suffix = new ulong[x.Count];
            Shape = new ulong[x.Count];
            for (var i = 0; i < x.Count; i++)
            {
                var word = x.Folded[i];
                Word[i] = FeatureHash.Combine(language, word);
                Suffix[i] = FeatureHash.Combine(language ^ 0x5f, word.Length > 3 ? word.AsSpan(word.Length - 3) : word);
                Shape[i] = FeatureHash.Of(x.Shape[i]);
            }
            if (x.Tags is { } tags) Tag = tags.Select(t => FeatureHash.Of(t ?? "_")).ToArray();
            if (x.Lemmas is { } lemmas) Lemma = lemmas.Select(l => FeatureHash.Combine(language, l ?? "_")).ToArray();
        }

        public ulong[] Word { get; }
        public ulong[] Suffix { get; }
        public ulong[] Shape { get; }
        public ulong[]? Tag { get; }
        public ulong[]? Lemma { get; }
    }

    private static ulong Bucket(int distance) => distance switch
    {
        < 0 => 0,
        1 => 1,
        2 => 2,
        3 => 3,
        <= 5 => 4,
        <= 8 => 5,
        _ => 6,
    };

    /// <summary>A template and its values mixed into one feature id (FNV-1a steps over the values' bits): stable across runs and machines.</summary>
    private static ulong H(int template, params ReadOnlySpan<ulong> values)
    {
        var hash = FeatureHash.Combine(FeatureHash.Basis, template);
        foreach (var value in values) hash = FeatureHash.Combine(hash, value);
        return hash;
    }
}
