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
        var w0 = x.Folded[i];
        var wm1 = i > 0 ? x.Folded[i - 1] : "<s>";
        var wp1 = i + 1 < x.Count ? x.Folded[i + 1] : "</s>";
        var wm2 = i > 1 ? x.Folded[i - 2] : "<s>";
        var wp2 = i + 2 < x.Count ? x.Folded[i + 2] : "</s>";
        var shape = x.Shape[i];
        var inQuote = x.InQuote[i] ? "q" : "-";
        var region = x.QuoteRegion[i] >= 0 ? x.Regions[x.QuoteRegion[i]] : null;
        var regionCue = region is null ? "none" : (region.Dialogue ? "d" : "") + (region.CueBefore ? "b" : "") + (region.CueAfter ? "a" : "") + (region.StartsSentence ? "s" : "");
        var regionEdge = region is null ? "-" : (region.Dialogue ? "d" : "") + (i == region.First ? "first" : i == region.Last ? "last" : "mid");
        var cueLeft = Bucket(x.CueLeft[i]);
        var cueRight = Bucket(x.CueRight[i]);
        var p = AttributionLabel.Names[previous];
        var p2 = AttributionLabel.Names[previous2];
        var sentence = (x.SentenceStart[i] ? "S" : "") + (x.SentenceEnd[i] ? "E" : "") + (x.ParagraphStart[i] ? "P" : "");
        var cue = x.IsCue[i] ? "c" : "-";
        var cueM1 = i > 0 && x.IsCue[i - 1] ? "c" : "-";
        var cueP1 = i + 1 < x.Count && x.IsCue[i + 1] ? "c" : "-";
        var shapeM1 = i > 0 ? x.Shape[i - 1] : "<s>";
        var shapeP1 = i + 1 < x.Count ? x.Shape[i + 1] : "</s>";
        var lang = x.Language;

        into[n++] = H(1, "bias");
        into[n++] = H(2, lang, w0);
        into[n++] = H(3, lang, wm1);
        into[n++] = H(4, lang, wp1);
        into[n++] = H(5, lang, wm2);
        into[n++] = H(6, lang, wp2);
        into[n++] = H(7, lang, w0.Length > 3 ? w0[^3..] : w0);
        into[n++] = H(8, lang, wm1, w0);
        into[n++] = H(9, lang, w0, wp1);
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
        into[n++] = H(22, p, lang, w0);
        into[n++] = H(23, p, cue);
        into[n++] = H(24, p, sentence);
        into[n++] = H(25, p, inQuote, regionEdge);
        into[n++] = H(26, p, shape);
        into[n++] = H(27, cueM1, lang, w0);
        into[n++] = H(28, p, cueLeft, cueRight);
        into[n++] = H(29, p, regionCue, inQuote);
        into[n++] = H(30, lang, wm1, cue);
        if (x.CueLeft[i] > 0) into[n++] = H(31, lang, x.Folded[i - x.CueLeft[i]], cueLeft);
        if (x.CueRight[i] > 0) into[n++] = H(32, lang, x.Folded[i + x.CueRight[i]], cueRight);
        if (x.Tags is { } tags)
        {
            var t0 = tags[i] ?? "_";
            var tm1 = i > 0 ? tags[i - 1] ?? "_" : "<s>";
            var tp1 = i + 1 < x.Count ? tags[i + 1] ?? "_" : "</s>";
            into[n++] = H(33, t0);
            into[n++] = H(34, tm1, t0, tp1);
            into[n++] = H(35, p, t0);
            into[n++] = H(36, t0, cueLeft, cueRight);
        }
        if (x.Lemmas is { } lemmas)
        {
            var l0 = lemmas[i] ?? "_";
            into[n++] = H(39, lang, l0);
            into[n++] = H(40, p, lang, l0);
            if (i > 0) into[n++] = H(41, lang, lemmas[i - 1] ?? "_", l0);
        }
        var firstUpper = shape is "Xx" or "X";
        if (firstUpper && !x.SentenceStart[i]) into[n++] = H(37, "cap-mid", p);
        var pronoun = Grammar.PronounGender(w0);
        if (pronoun != '\0') into[n++] = H(38, "pron", pronoun.ToString(), cueLeft, cueRight);
        return n;
    }

    private static string Bucket(int distance) => distance switch
    {
        < 0 => "none",
        1 => "1",
        2 => "2",
        3 => "3",
        <= 5 => "4-5",
        <= 8 => "6-8",
        _ => "9+",
    };

    /// <summary>The hash of a template and its values (FNV-1a over UTF-16 code units, each value closed by a separator): stable across runs and machines.</summary>
    private static ulong H(int template, params ReadOnlySpan<string> values)
    {
        var hash = Language.FeatureHash.Combine(Language.FeatureHash.Basis, template);
        foreach (var value in values) hash = Language.FeatureHash.Combine(Language.FeatureHash.Combine(hash, value), 0x1F);
        return hash;
    }
}
