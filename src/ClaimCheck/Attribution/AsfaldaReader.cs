using System.Globalization;
using System.Xml;

namespace ClaimCheck.Attribution;

/// <summary>
/// Reads the ASFALDA French FrameNet communication frames (one <c>allanno_*.xml</c> file per frame): each
/// annotated sentence becomes a document whose attributions are its annotation sets, with the frame's
/// target as cue, its <c>Speaker</c> labels as source and its <c>Message</c> labels as content. Annotation sets
/// without a message (naming, appointing...) are left out: they report no content. Labels give inclusive end
/// offsets; they are made half-open here. Sentences annotated under several frames are merged by sentence id.
/// </summary>
public static class AsfaldaReader
{
    /// <summary>Adds the sentences of one frame file to <paramref name="sentences"/> (keyed by sentence id).</summary>
    public static void Read(Stream frameFile, IDictionary<string, AnnotatedDocument> sentences)
    {
        ArgumentNullException.ThrowIfNull(frameFile);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(frameFile, settings);
        string? sentenceId = null, text = null;
        List<AnnotatedAttribution> found = [];
        List<CharSpan> source = [], cue = [], content = [];
        string? layer = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                switch (reader.LocalName)
                {
                    case "sentence":
                        sentenceId = reader.GetAttribute("ID");
                        text = null;
                        found = [];
                        break;
                    case "text" when sentenceId is not null:
                        text = reader.ReadElementContentAsString();
                        break;
                    case "annotationSet":
                        source = []; cue = []; content = [];
                        break;
                    case "layer":
                        layer = reader.GetAttribute("name");
                        break;
                    case "label" when text is not null:
                        if (!TryBounds(reader, text.Length, out var span)) break;
                        var name = reader.GetAttribute("name");
                        if (layer == "Target") cue.Add(span);
                        else if (layer == "FE" && name == "Speaker") source.Add(span);
                        else if (layer == "FE" && name == "Message") content.Add(span);
                        break;
                }
            }
            else if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.LocalName == "annotationSet" && content.Count > 0 && cue.Count > 0)
                    found.Add(new AnnotatedAttribution(Sorted(source), Sorted(cue), Sorted(content)));
                else if (reader.LocalName == "sentence" && sentenceId is not null && text is not null)
                {
                    var key = sentenceId;
                    sentences[key] = sentences.TryGetValue(key, out var earlier)
                        ? earlier with { Attributions = [.. earlier.Attributions, .. found] }
                        : new AnnotatedDocument("asfalda-" + key, "fr", text, found);
                    sentenceId = null;
                }
            }
        }
    }

    private static CharSpan[] Sorted(List<CharSpan> spans) => spans.Distinct().OrderBy(s => s.Start).ToArray();

    private static bool TryBounds(XmlReader reader, int textLength, out CharSpan span)
    {
        span = default;
        if (!int.TryParse(reader.GetAttribute("start"), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(reader.GetAttribute("end"), NumberStyles.None, CultureInfo.InvariantCulture, out var end)) return false;
        if (start > end || end >= textLength) return false;
        span = new CharSpan(start, end + 1);
        return true;
    }
}
