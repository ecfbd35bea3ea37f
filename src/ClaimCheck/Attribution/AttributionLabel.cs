namespace ClaimCheck.Attribution;

/// <summary>
/// The per-token tags of the attribution sequence labeller: outside, or the beginning / inside of a source
/// (speaker mention), cue (the words that report speech) or content (what was said) span.
/// </summary>
public static class AttributionLabel
{
    public const int Outside = 0, SourceBegin = 1, SourceInside = 2, CueBegin = 3, CueInside = 4, ContentBegin = 5, ContentInside = 6;
    public const int Count = 7;

    public static readonly string[] Names = ["O", "B-SRC", "I-SRC", "B-CUE", "I-CUE", "B-CON", "I-CON"];

    /// <summary>0 for outside, else 1 source, 2 cue, 3 content.</summary>
    public static int Role(int label) => (label + 1) / 2;

    public static bool IsBegin(int label) => label is SourceBegin or CueBegin or ContentBegin;

    /// <summary>An inside tag may only continue a span of its own role.</summary>
    public static bool Allowed(int previous, int label) =>
        label is not (SourceInside or CueInside or ContentInside) || Role(previous) == Role(label);

    /// <summary>
    /// Gold tags for the tokens of an annotated text. Where roles overlap (an attribution nested inside another's
    /// content), cue wins over source and source over content, so the inner attribution stays readable.
    /// </summary>
    public static int[] FromAnnotations(IReadOnlyList<Language.Token> tokens, IEnumerable<AnnotatedAttribution> attributions)
    {
        var role = new int[tokens.Count];
        var spanId = new int[tokens.Count];
        var next = 1;
        foreach (var attribution in attributions)
        {
            Mark(attribution.Content, 3);
            Mark(attribution.Source, 1);
            Mark(attribution.Cue, 2);
        }
        var labels = new int[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (role[i] == 0) continue;
            var begins = i == 0 || role[i - 1] != role[i] || spanId[i - 1] != spanId[i];
            labels[i] = role[i] * 2 - (begins ? 1 : 0);
        }
        return labels;

        void Mark(IReadOnlyList<CharSpan> spans, int value)
        {
            foreach (var span in spans)
            {
                var id = next++;
                for (var i = FirstEndingAfter(tokens, span.Start); i < tokens.Count && tokens[i].Start < span.End; i++)
                {
                    var (start, end, _) = tokens[i];
                    if (end <= span.Start || start >= span.End) continue;
                    if (Priority(value) < Priority(role[i])) continue;
                    role[i] = value;
                    spanId[i] = id;
                }
            }
        }

        static int FirstEndingAfter(IReadOnlyList<Language.Token> tokens, int offset)
        {
            int low = 0, high = tokens.Count;
            while (low < high)
            {
                var mid = (low + high) / 2;
                if (tokens[mid].End <= offset) low = mid + 1; else high = mid;
            }
            return low;
        }

        static int Priority(int r) => r switch { 2 => 3, 1 => 2, 3 => 1, _ => 0 };
    }
}
