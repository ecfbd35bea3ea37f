using System.Globalization;

namespace ClaimCheck.Attribution;

/// <summary>
/// Reads one PolNeAR article (Newell, Margolin and Ruths, LREC 2018): brat standoff annotations whose
/// <c>Source</c>, <c>Cue</c> and <c>Content</c> text-bound spans ("T3\tContent 226 297;300 310\t...") are
/// tied together by <c>Attribution</c> / <c>Attribution-no-source</c> events ("E1\tAttribution:T4 Content:T3 ...").
/// Pure parsing: the caller reads the files.
/// </summary>
public static class PolnearReader
{
    public static AnnotatedDocument Parse(string id, string text, string annotations)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(annotations);
        var spans = new Dictionary<string, (string Type, List<CharSpan> Ranges)>(StringComparer.Ordinal);
        var events = new List<string[]>();
        foreach (var rawLine in annotations.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0) continue;
            var fields = line.Split('\t');
            if (fields.Length < 2) continue;
            if (line[0] == 'T' && TryParseTextBound(fields[1], text.Length, out var type, out var ranges)) spans[fields[0]] = (type, ranges);
            else if (line[0] == 'E') events.Add(fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        var attributions = new List<AnnotatedAttribution>();
        foreach (var arguments in events)
        {
            if (arguments.Length == 0 || !arguments[0].StartsWith("Attribution", StringComparison.Ordinal)) continue;
            List<CharSpan> source = [], cue = [], content = [];
            foreach (var argument in arguments.Skip(1))
            {
                var colon = argument.IndexOf(':');
                if (colon <= 0 || !spans.TryGetValue(argument[(colon + 1)..], out var span)) continue;
                var role = argument[..colon].TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
                (role switch { "Source" => source, "Cue" => cue, "Content" => content, _ => null })?.AddRange(span.Ranges);
            }
            if (content.Count == 0 || cue.Count == 0) continue;
            attributions.Add(new AnnotatedAttribution(Sorted(source), Sorted(cue), Sorted(content)));
        }
        return new AnnotatedDocument(id, "en", text, attributions);
    }

    private static CharSpan[] Sorted(List<CharSpan> spans) => spans.OrderBy(s => s.Start).ToArray();

    private static bool TryParseTextBound(string field, int textLength, out string type, out List<CharSpan> ranges)
    {
        ranges = [];
        var space = field.IndexOf(' ');
        type = space < 0 ? field : field[..space];
        if (space < 0) return false;
        foreach (var piece in field[(space + 1)..].Split(';'))
        {
            var bounds = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (bounds.Length != 2
                || !int.TryParse(bounds[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(bounds[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end)
                || start >= end || end > textLength) return false;
            ranges.Add(new CharSpan(start, end));
        }
        return ranges.Count > 0;
    }
}
