using System.Text.Json;

namespace ClaimCheck.Attribution;

/// <summary>
/// Reads the AADS French direct-speech corpus (chapters of novels with the character spans of every direct speech) as
/// content-only documents, split as its authors split it: train and val for training, test held out. Pure parsing:
/// the caller reads the file.
/// </summary>
public static class AadsReader
{
    public static (List<AnnotatedDocument> Train, List<AnnotatedDocument> Test) Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var train = new List<AnnotatedDocument>();
        var test = new List<AnnotatedDocument>();
        foreach (var chapter in document.RootElement.EnumerateObject().OrderBy(c => c.Name, StringComparer.Ordinal))
        {
            var text = chapter.Value.GetProperty("text").GetString() ?? "";
            var spans = new List<AnnotatedAttribution>();
            foreach (var label in chapter.Value.GetProperty("labels").EnumerateArray())
            {
                var start = label[0].GetInt32();
                var end = label[1].GetInt32();
                if (start >= 0 && end <= text.Length && start < end) spans.Add(new AnnotatedAttribution([], [], [new CharSpan(start, end)]));
            }
            var read = new AnnotatedDocument("aads-" + chapter.Name, "fr", text, spans, ContentOnly: true);
            (chapter.Value.GetProperty("split").GetString() == "test" ? test : train).Add(read);
        }
        return (train, test);
    }
}
