using System.Globalization;
using ClaimCheck.Language;

namespace ClaimCheck.Judging;

/// <summary>The readers of the shared data the judge's training corpus is made from (see ../shared/data/README.md).</summary>
public sealed record PairCorpusSources(
    TextReader SequoiaTrain,
    IReadOnlyList<(string Id, string Text)> EnglishArticles,
    TextReader Rte3,
    TextReader StsbTrain,
    TextReader StsbDev,
    TextReader FrenchSynonymsAntonyms,
    TextReader EnglishAntonyms,
    IReadOnlyList<StatementPair> AuthoredTrain,
    IReadOnlyList<StatementPair> AuthoredDev)
{
    public const string SequoiaTrainPath = "ud/fr_sequoia-ud-train.conllu";
    public const string Rte3Path = "nli/rte3-fr-dev/RTE3-FR-dev-set-3class.tsv";
    public const string StsbTrainPath = "sts/stsb-fr/stsb-fr-train.csv";
    public const string StsbDevPath = "sts/stsb-fr/stsb-fr-dev.csv";
    public const string WiktionnairePath = "lexicons/wiktionnaire_syn_ant/fr_wiktionnaire_syn_ant.tsv";
    public const string EnglishAntonymsPath = "wordnet/derived/en_antonym_pairs_pwn30.tsv";
    public const string PolnearTrainTextFolder = "polnear-en/data/train/text";

    /// <summary>Every shared file the corpus reads besides the PolNeAR articles, for the model card's hashes.</summary>
    public static readonly IReadOnlyList<string> Files = [SequoiaTrainPath, Rte3Path, StsbTrainPath, StsbDevPath, WiktionnairePath, EnglishAntonymsPath];

    /// <summary>
    /// Opens the sources through <paramref name="open"/> (a path relative to the shared data folder); of the PolNeAR
    /// train articles (paths relative to that folder too) every third in name order is used, so English does not
    /// outweigh French.
    /// </summary>
    public static PairCorpusSources Open(Func<string, TextReader> open, IEnumerable<string> polnearTrainFiles,
        IReadOnlyList<StatementPair> authoredTrain, IReadOnlyList<StatementPair> authoredDev) => new(
        open(SequoiaTrainPath),
        EnglishFilesUsed(polnearTrainFiles).Select(f => (Path.GetFileNameWithoutExtension(f), Read(open, f))).ToList(),
        open(Rte3Path), open(StsbTrainPath), open(StsbDevPath), open(WiktionnairePath), open(EnglishAntonymsPath),
        authoredTrain, authoredDev);

    public static IReadOnlyList<string> EnglishFilesUsed(IEnumerable<string> polnearTrainFiles) =>
        polnearTrainFiles.Order(StringComparer.Ordinal).Where((_, i) => i % 3 == 0).ToList();

    private static string Read(Func<string, TextReader> open, string path)
    {
        using var reader = open(path);
        return reader.ReadToEnd();
    }
}

/// <summary>
/// The judge's training and dev pairs, assembled deterministically from legitimate data only:
/// RTE3-FR dev (human-translated newswire inference pairs, 3 classes; 80/20 split by premise), STS-B French
/// (similarity ≥ 4 of 5 as entailment, ≤ 1 as neutral; its own dev split for dev), controlled edits of real
/// sentences (<see cref="PairDerivation"/>) from UD French-Sequoia train and PolNeAR train articles (split by
/// document), and the pairs written by hand in samples/pairs.
/// </summary>
public static class PairCorpus
{
    /// <summary>Sentences per English article used for derivation (the first ones: headline and lead carry the claims).</summary>
    public const int EnglishSentencesPerArticle = 12;

    /// <summary>Sentences per Sequoia "document" (the treebank is in document order without document ids).</summary>
    public const int SequoiaDocumentSize = 20;

    public static (List<StatementPair> Train, List<StatementPair> Dev) Build(PairCorpusSources sources)
    {
        var train = new List<StatementPair>(sources.AuthoredTrain);
        var dev = new List<StatementPair>(sources.AuthoredDev);

        foreach (var pair in ReadRte3(sources.Rte3))
            (PairDerivation.IsDev("rte3|" + pair.Premise) ? dev : train).Add(pair);
        train.AddRange(ReadSts(sources.StsbTrain, "stsb-train"));
        dev.AddRange(ReadSts(sources.StsbDev, "stsb-dev"));

        var french = new PairDerivation(PairDerivation.ReadAntonyms(ReadWiktionnaireAntonyms(sources.FrenchSynonymsAntonyms)));
        var sequoia = Conllu.Read(sources.SequoiaTrain)
            .Select((s, i) => SourceSentence.FromTagged($"sequoia-train-{i:D5}", "fr", s)).ToList();
        var frenchDocuments = sequoia.Chunk(SequoiaDocumentSize).ToList();
        for (var d = 0; d < frenchDocuments.Count; d++)
            (PairDerivation.IsDev($"sequoia-doc-{d}") ? dev : train).AddRange(french.Derive(frenchDocuments[d], sequoia));

        var english = new PairDerivation(PairDerivation.ReadAntonyms(ReadTsvPairs(sources.EnglishAntonyms)));
        var englishDocuments = sources.EnglishArticles
            .Select(a => Sentences(a.Text).Take(EnglishSentencesPerArticle)
                .Select((s, i) => SourceSentence.FromText($"polnear-train-{a.Id}-{i:D2}", "en", s)).ToList())
            .ToList();
        var englishPool = englishDocuments.SelectMany(d => d).ToList();
        for (var d = 0; d < englishDocuments.Count; d++)
            (PairDerivation.IsDev("polnear-" + sources.EnglishArticles[d].Id) ? dev : train).AddRange(english.Derive(englishDocuments[d], englishPool));
        return (train, dev);
    }

    private static IEnumerable<StatementPair> ReadRte3(TextReader reader)
    {
        var header = reader.ReadLine()?.Split('\t') ?? [];
        int Column(string name) => Array.IndexOf(header, name);
        var (id, premise, hypothesis, label) = (Column("id"), Column("premise"), Column("hypothesis"), Column("label_text"));
        if (id < 0 || premise < 0 || hypothesis < 0 || label < 0) throw new InvalidDataException("RTE3-FR: expected columns id, premise, hypothesis, label_text.");
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length < header.Length) continue;
            yield return new StatementPair("rte3-fr-dev-" + cells[id], cells[premise], cells[hypothesis], "fr", cells[label], "rte3-fr-dev");
        }
    }

    /// <summary>STS-B French lines "sentence1,sentence2,score" (CSV, quoted when needed).</summary>
    private static IEnumerable<StatementPair> ReadSts(TextReader reader, string origin)
    {
        var n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            var cells = Csv(line);
            if (cells.Count != 3 || !double.TryParse(cells[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var score)) continue;
            var label = score >= 4.0 ? PairLabels.Entailment : score <= 1.0 ? PairLabels.Neutral : null;
            if (label is null) continue;
            yield return new StatementPair($"{origin}-{n}", cells[0], cells[1], "fr", label, origin);
        }
    }

    private static List<string> Csv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { cells.Add(cell.ToString()); cell.Clear(); }
            else cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }

    private static IEnumerable<(string, string)> ReadWiktionnaireAntonyms(TextReader reader)
    {
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (cells.Length >= 3 && cells[1] == "ant") yield return (cells[0], cells[2]);
        }
    }

    private static IEnumerable<(string, string)> ReadTsvPairs(TextReader reader)
    {
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            // Nouns' antonyms ("Anglophilia"/"Anglophobia") rarely make a contradiction by swapping; keep adjectives, verbs, adverbs.
            if (cells.Length >= 3 && cells[2] is "a" or "s" or "v" or "r") yield return (cells[0], cells[1]);
        }
    }

    /// <summary>Sentences of a news article: paragraphs split at sentence-final punctuation followed by a capital.</summary>
    internal static IEnumerable<string> Sentences(string text)
    {
        foreach (var paragraph in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var sentence in ClaimComparison.Sentences(paragraph))
                if (sentence.Length >= 20) yield return sentence;
    }
}
