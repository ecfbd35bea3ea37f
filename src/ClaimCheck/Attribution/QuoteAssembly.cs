using ClaimCheck.Extraction;
using ClaimCheck.Speakers;

namespace ClaimCheck.Attribution;

/// <summary>
/// Turns what the attribution stage found into the quotes the rest of the product stores: a content span that
/// is a quotation in marks is a direct quote (its words without the marks); quoted fragments inside reported
/// speech are partial quotes (the fragment, with the reported clause read for the claim); reported speech with
/// no marks is indirect (without its leading "that" / "que"). Spans are offsets in the text.
/// </summary>
public static class QuoteAssembly
{
    private const double Unattributed = 0.2;
    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "that", "que", "qu'", "qu’", "whether", "si", "s'", "if" };

    /// <summary>An empty frame, for quotes whose claim is not read (yet).</summary>
    internal static readonly ClaimFrame Unread = new(null, "", null, Polarity.Affirmed, Modality.Asserted, null, [], []);

    /// <param name="claims">False to leave claim frames unread (an empty frame), when only the spans and speakers are wanted.</param>
    public static List<ExtractedQuote> Quotes(AttributionReading reading, string language, SpeakerRegistry registry, CancellationToken cancellation = default, bool claims = true)
    {
        var x = reading.Input;
        var quotes = new List<ExtractedQuote>();
        var taken = new HashSet<(int, int)>();
        foreach (var (attribution, speaker) in reading.Findings)
        {
            cancellation.ThrowIfCancellationRequested();
            var first = attribution.First;
            var last = attribution.Last;
            var cue = attribution.Cue is { } c ? x.Text[x.Tokens[c.First].Start..x.Tokens[c.Last].End] : null;
            var confidence = speaker is null ? Unattributed : Math.Round(Math.Min(attribution.Confidence, speaker.Confidence), 3);
            var regions = RegionsWithin(x, first, last);
            if (regions.Count == 1 && regions[0].Dialogue)
            {
                // A dialogue turn: the tagged words, without the dash, are the direct speech.
                var (from, to) = Trimmed(x, first, last);
                Add(QuoteKind.Direct, from, to, first, last, null);
                continue;
            }
            regions.RemoveAll(r => r.Dialogue);
            var quotedTokens = regions.Sum(r => r.Last - r.First + 1);
            if (regions.Count > 0 && quotedTokens * 10 >= (last - first + 1) * 8)
            {
                foreach (var region in regions)
                    Add(QuoteKind.Direct, region.First + 1, EndOfRegion(x, region), region.First, region.Last, null);
            }
            else if (regions.Count > 0)
            {
                var clause = Trimmed(x, first, last);
                foreach (var region in regions)
                    Add(QuoteKind.Partial, region.First + 1, EndOfRegion(x, region), first, last, clause);
            }
            else
            {
                var (from, to) = Trimmed(x, first, last);
                if (to >= from) Add(QuoteKind.Indirect, from, to, first, last, null);
            }

            void Add(QuoteKind kind, int fromToken, int toToken, int contextFirst, int contextLast, (int, int)? claimTokens)
            {
                if (toToken < fromToken || !HasWord(x, fromToken, toToken)) return;
                var start = x.Tokens[fromToken].Start;
                var end = x.Tokens[toToken].End;
                if (!taken.Add((start, end))) return;
                var (sentenceStart, sentenceEnd) = SentenceSpan(x, contextFirst, contextLast);
                var text = x.Text[start..end];
                var claimText = claimTokens is { } ct && ct.Item2 >= ct.Item1 ? x.Text[x.Tokens[ct.Item1].Start..x.Tokens[ct.Item2].End] : text;
                var claim = claims ? ClaimFrameParser.Parse(claimText, language, registry, speaker?.Id) : Unread;
                quotes.Add(new ExtractedQuote(kind, text, speaker?.Name, speaker?.Id, cue, start, end, confidence,
                    x.Text[sentenceStart..sentenceEnd], sentenceStart, sentenceEnd, claim));
            }
        }
        quotes.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return quotes;
    }

    /// <summary>Quoted regions that lie inside the content (a region may extend one token past its edges, its marks).</summary>
    private static List<AttributionInput.QuotedRegion> RegionsWithin(AttributionInput x, int first, int last)
    {
        var regions = new List<AttributionInput.QuotedRegion>();
        var seen = -1;
        for (var i = Math.Max(0, first - 1); i <= Math.Min(x.Count - 1, last + 1); i++)
        {
            var r = x.QuoteRegion[i];
            if (r < 0 || r == seen) continue;
            seen = r;
            var region = x.Regions[r];
            if (region.First >= first - 1 && region.Last <= last + 1 || region.Dialogue) regions.Add(region);
        }
        return regions;
    }

    /// <summary>The last token inside a region: before its closing mark, or its last token when the region ran to the paragraph's end unclosed.</summary>
    private static int EndOfRegion(AttributionInput x, AttributionInput.QuotedRegion region) =>
        x.Quote[region.Last] != 0 ? region.Last - 1 : region.Last;

    private static (int First, int Last) Trimmed(AttributionInput x, int first, int last)
    {
        while (first <= last && (IsPunctuation(x, first) || Complementizers.Contains(x.Folded[first]))) first++;
        while (last >= first && IsPunctuation(x, last)) last--;
        return (first, last);
    }

    private static bool IsPunctuation(AttributionInput x, int i) => x.Shape[i] is not ("x" or "X" or "Xx" or "xX" or "d");

    private static bool HasWord(AttributionInput x, int first, int last)
    {
        for (var i = first; i <= last; i++) if (!IsPunctuation(x, i)) return true;
        return false;
    }

    private static (int Start, int End) SentenceSpan(AttributionInput x, int first, int last)
    {
        var (a, _) = x.SentenceTokens[x.Sentence[first]];
        var (_, b) = x.SentenceTokens[x.Sentence[last]];
        return (x.Tokens[a].Start, x.Tokens[b].End);
    }
}
