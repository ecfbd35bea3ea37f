using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Attribution;

namespace ClaimCheck.Cli.Commands;

/// <summary>
/// Reads the annotated corpora in ../shared/data (PolNeAR, ASFALDA) from disk into annotated documents, and
/// splits ASFALDA's sentences 80/20 by a hash of their id, so every run and every machine holds out the same ones.
/// </summary>
public static class AttributionCorpora
{
    public const string DefaultData = "../shared/data";

    /// <summary>PolNeAR articles of one split; an article annotated by several annotators is read once, from the first annotator's file.</summary>
    public static List<AnnotatedDocument> ReadPolnear(string splitDirectory)
    {
        var textDirectory = Path.Combine(splitDirectory, "text");
        var annotationDirectory = Path.Combine(splitDirectory, "attributions");
        if (!Directory.Exists(textDirectory) || !Directory.Exists(annotationDirectory))
            throw new DirectoryNotFoundException($"{splitDirectory}: expected text/ and attributions/ folders (a PolNeAR split).");
        var documents = new List<AnnotatedDocument>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var annotationFile in Directory.GetFiles(annotationDirectory, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(annotationFile);
            var underscore = name.LastIndexOf('_');
            var article = underscore > 0 ? name[..underscore] : name;
            var textFile = Path.Combine(textDirectory, article + ".txt");
            if (!File.Exists(textFile) || !seen.Add(article)) continue;
            documents.Add(PolnearReader.Parse(article, File.ReadAllText(textFile, Encoding.UTF8), File.ReadAllText(annotationFile, Encoding.UTF8)));
        }
        return documents;
    }

    /// <summary>Every ASFALDA sentence with at least one annotation set, split into training and held-out parts.</summary>
    public static (List<AnnotatedDocument> Train, List<AnnotatedDocument> HeldOut) ReadAsfalda(string directory)
    {
        var frames = Path.Combine(directory, "allanno_communication");
        if (!Directory.Exists(frames)) throw new DirectoryNotFoundException($"{directory}: expected an allanno_communication/ folder (ASFALDA).");
        var sentences = new SortedDictionary<string, AnnotatedDocument>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(frames, "*.xml").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            AsfaldaReader.Read(stream, sentences);
        }
        var train = new List<AnnotatedDocument>();
        var heldOut = new List<AnnotatedDocument>();
        foreach (var (id, document) in sentences)
            (IsHeldOut(id) ? heldOut : train).Add(document);
        return (train, heldOut);
    }

    /// <summary>
    /// The AADS French direct-speech corpus (chapters of novels with the character spans of every direct speech),
    /// as content-only documents, split as its authors split it: train and val for training, test held out.
    /// </summary>
    public static (List<AnnotatedDocument> Train, List<AnnotatedDocument> Test) ReadAads(string file) => AadsReader.Parse(File.ReadAllText(file));

    /// <summary>One sentence in five, chosen by the SHA-256 of its id.</summary>
    public static bool IsHeldOut(string sentenceId) => SHA256.HashData(Encoding.UTF8.GetBytes(sentenceId))[0] % 5 == 0;

    public static async Task<string> Sha256OfFiles(IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(await File.ReadAllBytesAsync(file));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
