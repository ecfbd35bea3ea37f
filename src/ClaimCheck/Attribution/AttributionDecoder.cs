namespace ClaimCheck.Attribution;

/// <summary>
/// One attribution read from a tagged text: content (one or two pieces, when the attribution interrupts the
/// quote), the cue that reports it and the source mention, as token ranges of the <see cref="AttributionInput"/>.
/// </summary>
public sealed record FoundAttribution(IReadOnlyList<(int First, int Last)> Content, (int First, int Last)? Cue, (int First, int Last)? Source, double Confidence)
{
    public int First => Content[0].First;
    public int Last => Content[^1].Last;
}

/// <summary>
/// Turns per-token tags into attributions: each content span takes the nearest cue in its own sentence or a
/// neighbouring one of the same paragraph, two content spans on either side of one cue are one interrupted
/// quote, and the cue takes the nearest source span of its sentence. A content span with no cue is kept only
/// when it is a quotation in marks (its speaker is then for the resolver to find); otherwise it is dropped.
/// </summary>
public static class AttributionDecoder
{
    private const int MaxCueDistance = 40;

    public static List<FoundAttribution> Decode(AttributionInput input, int[] labels, float[] margins)
    {
        var sources = Spans(labels, 1);
        var cues = Spans(labels, 2);
        var contents = Snapped(input, Joined(input, labels, Spans(labels, 3)));
        var found = new List<FoundAttribution>();
        var cueOf = new int[contents.Count];
        for (var c = 0; c < contents.Count; c++) cueOf[c] = NearestCue(input, contents[c], cues);

        for (var c = 0; c < contents.Count; c++)
        {
            var pieces = new List<(int, int)> { contents[c] };
            var cue = cueOf[c];
            // "« ... », a-t-il dit, « ... »": the next content span shares the cue that sits between them.
            while (cue >= 0 && c + 1 < contents.Count && cueOf[c + 1] == cue && cues[cue].First > contents[c].Last && cues[cue].Last < contents[c + 1].First
                   && input.Sentence[contents[c + 1].First] - input.Sentence[contents[c].Last] <= 1)
            {
                c++;
                pieces.Add(contents[c]);
            }
            var first = pieces[0].Item1;
            var last = pieces[^1].Item2;
            if (cue < 0 && !IsQuotation(input, first, last)) continue;
            // Without a cue, a source the tagger marked just before the quotation in its sentence still speaks it
            // ("..., Jacques Myard, qui demandait : « ... »").
            (int, int)? source = cue >= 0 ? NearestSource(input, cues[cue], sources, first, last) : SourceBefore(input, sources, first);
            var confidence = Confidence(margins, first, last, cue >= 0 ? cues[cue] : null);
            found.Add(new FoundAttribution(pieces, cue >= 0 ? cues[cue] : null, source, confidence));
        }
        return found;
    }

    /// <summary>Maximal runs of one role (1 source, 2 cue, 3 content); a begin tag starts a new run.</summary>
    internal static List<(int First, int Last)> Spans(int[] labels, int role)
    {
        var spans = new List<(int, int)>();
        var start = -1;
        for (var i = 0; i <= labels.Length; i++)
        {
            var inRole = i < labels.Length && AttributionLabel.Role(labels[i]) == role;
            var begins = inRole && (start < 0 || AttributionLabel.IsBegin(labels[i]));
            if (start >= 0 && (!inRole || begins))
            {
                spans.Add((start, i - 1));
                start = -1;
            }
            if (begins) start = i;
        }
        return spans;
    }

    /// <summary>
    /// Content spans that touch, or that lie inside one quotation, are one content: the tagger sometimes restarts
    /// a span mid-quote ("La/B majeure/B partie ...").
    /// </summary>
    private static bool AnyTagged(int[] labels, int from, int to)
    {
        for (var i = from; i <= to; i++) if (labels[i] != AttributionLabel.Outside) return true;
        return false;
    }

    private static List<(int First, int Last)> Joined(AttributionInput input, int[] labels, List<(int First, int Last)> spans)
    {
        var joined = new List<(int First, int Last)>();
        foreach (var span in spans)
        {
            if (joined.Count > 0)
            {
                var previous = joined[^1];
                var region = input.QuoteRegion[previous.Last];
                var sameQuote = region >= 0 && !input.Regions[region].Dialogue && input.QuoteRegion[span.First] == region;
                var gap = span.First - previous.Last - 1;
                var sameSentence = input.Sentence[span.First] == input.Sentence[previous.Last];
                if (gap == 0 && !input.ParagraphStart[span.First] || sameQuote || gap <= 2 && sameSentence && !AnyTagged(labels, previous.Last + 1, span.First - 1))
                {
                    joined[^1] = (previous.First, span.Last);
                    continue;
                }
            }
            joined.Add(span);
        }
        return joined;
    }

    /// <summary>A content span that covers most of a quotation is widened to all of it, marks included.</summary>
    private static List<(int First, int Last)> Snapped(AttributionInput input, List<(int First, int Last)> spans)
    {
        for (var k = 0; k < spans.Count; k++)
        {
            var (first, last) = spans[k];
            foreach (var r in new[] { input.QuoteRegion[first], input.QuoteRegion[last] })
            {
                if (r < 0 || input.Regions[r].Dialogue) continue;
                var region = input.Regions[r];
                var covered = Math.Min(last, region.Last) - Math.Max(first, region.First) + 1;
                if (covered * 2 >= region.Last - region.First + 1) (first, last) = (Math.Min(first, region.First), Math.Max(last, region.Last));
            }
            // A quotation that ends the content is not followed by words the tagger ran on into ("...discuter" Biden a parlé).
            var end = input.QuoteRegion[first];
            if (end >= 0 && !input.Regions[end].Dialogue && input.Regions[end].First == first && input.Regions[end].Last < last && !AnyCueOrContentAfter(input, input.Regions[end].Last, last))
                last = input.Regions[end].Last;
            spans[k] = (first, last);
        }
        return spans;

        static bool AnyCueOrContentAfter(AttributionInput input, int from, int to)
        {
            for (var i = from + 1; i <= to; i++) if (input.Quote[i] != 0 || input.SentenceStart[i]) return true;
            return false;
        }
    }

    private static int NearestCue(AttributionInput input, (int First, int Last) content, List<(int First, int Last)> cues)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        var firstSentence = input.Sentence[content.First];
        var lastSentence = input.Sentence[content.Last];
        for (var k = 0; k < cues.Count; k++)
        {
            var cue = cues[k];
            int distance;
            if (cue.Last < content.First) distance = content.First - cue.Last;
            else if (cue.First > content.Last) distance = cue.First - content.Last;
            else distance = 0;
            if (distance > MaxCueDistance) continue;
            var cueSentence = input.Sentence[cue.First];
            if (cueSentence < firstSentence - 1 || cueSentence > lastSentence + 1) continue;
            if (!SameParagraph(input, Math.Min(cue.First, content.First), Math.Max(cue.Last, content.Last))) continue;
            // A cue in the content's own sentences is preferred to one in a neighbouring sentence.
            if (cueSentence < firstSentence || cueSentence > lastSentence) distance += MaxCueDistance;
            if (distance < bestDistance) { bestDistance = distance; best = k; }
        }
        return best;
    }

    private static (int, int)? NearestSource(AttributionInput input, (int First, int Last) cue, List<(int First, int Last)> sources, int contentFirst, int contentLast)
    {
        (int, int)? best = null;
        var bestDistance = int.MaxValue;
        var cueSentence = input.Sentence[cue.First];
        foreach (var source in sources)
        {
            if (source.First >= contentFirst && source.Last <= contentLast) continue;
            // The speech verb's subject is in its own sentence: a source tagged in a neighbouring sentence belongs to
            // another verb ("Le Pentagone a fait de même. « ... », a déclaré une source de la Maison Blanche").
            var sentence = input.Sentence[source.First];
            if (sentence != cueSentence) continue;
            var distance = source.Last < cue.First ? cue.First - source.Last : source.First > cue.Last ? source.First - cue.Last : 0;
            if (sentence != cueSentence) distance += MaxCueDistance;
            if (distance < bestDistance) { bestDistance = distance; best = source; }
        }
        return best;
    }

    private static (int, int)? SourceBefore(AttributionInput input, List<(int First, int Last)> sources, int first)
    {
        (int, int)? best = null;
        foreach (var source in sources)
            if (source.Last < first && first - source.Last <= 8 && input.Sentence[source.Last] == input.Sentence[first]) best = source;
        return best;
    }

    private static bool SameParagraph(AttributionInput input, int first, int last)
    {
        for (var i = first + 1; i <= last; i++) if (input.ParagraphStart[i]) return false;
        return true;
    }

    /// <summary>At least most of the span lies between quotation marks.</summary>
    internal static bool IsQuotation(AttributionInput input, int first, int last)
    {
        var quoted = 0;
        for (var i = first; i <= last; i++) if (input.InQuote[i]) quoted++;
        return quoted * 10 >= (last - first + 1) * 8;
    }

    /// <summary>A squashed mean of the decision margins at the content's edges and the cue: how sure the tagger was.</summary>
    private static double Confidence(float[] margins, int first, int last, (int First, int Last)? cue)
    {
        double sum = margins[first] + margins[last];
        var count = 2;
        if (cue is { } c) { sum += margins[c.First]; count++; }
        var mean = sum / count;
        return Math.Round(1 / (1 + Math.Exp(-mean / 4)), 3);
    }
}
