using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ClaimCheck.Language;

/// <summary>
/// The French tagger and lemmatizer in one file: "CCFT", a format version, then a deflate stream holding the
/// tagger (tags, tag dictionary, perceptron) and the lemmatizer (lemma table, scripts, perceptron).
/// The version is the SHA-256 of the file's bytes, as for the pair classifier.
/// </summary>
public sealed class TaggerModel
{
    private static ReadOnlySpan<byte> Magic => "CCFT"u8;
    private const byte FormatVersion = 1;

    /// <summary>The manifest name of the shipped model inside the domain assembly (built from models/fr-tagger.bin).</summary>
    public const string ResourceName = "ClaimCheck.Language.fr-tagger.bin";

    public TaggerModel(PosTagger tagger, Lemmatizer lemmatizer, string version)
    {
        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Version = version;
    }

    public PosTagger Tagger { get; }
    public Lemmatizer Lemmatizer { get; }

    /// <summary>"sha256:" and the hex SHA-256 of the model bytes; "unsaved" for a model not yet written.</summary>
    public string Version { get; }

    public static TaggerModel Train(IReadOnlyList<TaggedSentence> sentences, TaggerTrainingOptions options, Action<int, double>? onEpoch = null) =>
        new(PosTagger.Train(sentences, options, onEpoch), Lemmatizer.Train(sentences, options), "unsaved");

    /// <summary>The model file's bytes (deterministic for the same model).</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        buffer.WriteByte(FormatVersion);
        using (var deflate = new DeflateStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var writer = new BinaryWriter(deflate, Encoding.UTF8, leaveOpen: true))
        {
            Tagger.Write(writer);
            writer.Flush();
            Lemmatizer.Write(writer);
            writer.Flush();
        }
        return buffer.ToArray();
    }

    public static TaggerModel Load(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        if (bytes.Length < 5 || !bytes.AsSpan(0, 4).SequenceEqual(Magic))
            throw new InvalidDataException("Not a ClaimCheck tagger model (bad header).");
        if (bytes[4] != FormatVersion)
            throw new InvalidDataException($"Tagger model format {bytes[4]} is not supported (expected {FormatVersion}).");
        using var deflate = new DeflateStream(new MemoryStream(bytes, 5, bytes.Length - 5), CompressionMode.Decompress);
        using var inflated = new BufferedStream(deflate, 1 << 16);
        using var reader = new BinaryReader(inflated, Encoding.UTF8, leaveOpen: true);
        var tagger = PosTagger.Read(reader);
        var lemmatizer = Lemmatizer.Read(reader);
        return new TaggerModel(tagger, lemmatizer, VersionOf(bytes));
    }

    public static string VersionOf(ReadOnlySpan<byte> bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The model embedded in the domain assembly, or null when it was built without one.</summary>
    public static TaggerModel? LoadEmbedded()
    {
        using var stream = typeof(TaggerModel).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Load(stream);
    }
}
