namespace ClaimCheck.Attribution;

/// <summary>A half-open character range [Start, End) of a text.</summary>
public readonly record struct CharSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Overlaps(CharSpan other) => Start < other.End && other.Start < End;
}

/// <summary>
/// One hand-annotated attribution: who (source), the words that report it (cue) and what was reported
/// (content). Each role may be discontinuous ("“We will win,” she said, “and soon.”"), and source is empty
/// when the annotator found none.
/// </summary>
public sealed record AnnotatedAttribution(IReadOnlyList<CharSpan> Source, IReadOnlyList<CharSpan> Cue, IReadOnlyList<CharSpan> Content);

/// <summary>
/// A text with every attribution an annotator found in it: a training or evaluation unit. When
/// <paramref name="ContentOnly"/> is set the annotation marks content alone (a corpus of direct speech without
/// speakers or cues): training then learns where content is, and leaves sources and cues outside it unjudged.
/// </summary>
public sealed record AnnotatedDocument(string Id, string Language, string Text, IReadOnlyList<AnnotatedAttribution> Attributions, bool ContentOnly = false);
