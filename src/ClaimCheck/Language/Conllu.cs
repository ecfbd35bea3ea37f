namespace ClaimCheck.Language;

/// <summary>A treebank sentence as surface tokens: what a tokenizer sees, with gold UPOS and lemma per token.
/// A multi-word token ("au" = "à" + "le") keeps its surface form, and its tags and lemmas joined by '+'
/// ("ADP+DET", "à+le").</summary>
public sealed record TaggedSentence(string Text, string[] Forms, string[] Upos, string[] Lemmas);

/// <summary>Reads CoNLL-U (Universal Dependencies) text; the caller opens the file.</summary>
public static class Conllu
{
    public static IEnumerable<TaggedSentence> Read(TextReader reader)
    {
        var forms = new List<string>();
        var upos = new List<string>();
        var lemmas = new List<string>();
        var text = "";
        var rangeEnd = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0)
            {
                if (forms.Count > 0)
                    yield return new TaggedSentence(text, [.. forms], [.. upos], [.. lemmas]);
                forms.Clear();
                upos.Clear();
                lemmas.Clear();
                text = "";
                rangeEnd = 0;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# text = ", StringComparison.Ordinal))
                    text = line[9..];
                continue;
            }
            var columns = line.Split('\t');
            if (columns.Length < 4)
                throw new InvalidDataException($"Not a CoNLL-U token line: {line}");
            var id = columns[0];
            if (id.Contains('.'))
                continue;
            var dash = id.IndexOf('-');
            if (dash > 0)
            {
                rangeEnd = int.Parse(id[(dash + 1)..]);
                forms.Add(columns[1]);
                upos.Add("");
                lemmas.Add("");
                continue;
            }
            if (rangeEnd > 0 && int.Parse(id) <= rangeEnd)
            {
                upos[^1] = upos[^1].Length == 0 ? columns[3] : upos[^1] + "+" + columns[3];
                lemmas[^1] = lemmas[^1].Length == 0 ? columns[2] : lemmas[^1] + "+" + columns[2];
                if (int.Parse(id) == rangeEnd)
                    rangeEnd = 0;
                continue;
            }
            forms.Add(columns[1]);
            upos.Add(columns[3]);
            lemmas.Add(columns[2]);
        }
        if (forms.Count > 0)
            yield return new TaggedSentence(text, [.. forms], [.. upos], [.. lemmas]);
    }
}
