using System.Security.Cryptography;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimCheck.Judging;

/// <summary>Class probabilities of a pair, in <see cref="PairLabels.All"/> order.</summary>
public sealed record PairScores(double Contradiction, double Entailment, double Neutral)
{
    public IReadOnlyDictionary<string, double> ToDictionary() => new SortedDictionary<string, double>(StringComparer.Ordinal)
    {
        [PairLabels.Contradiction] = Contradiction, [PairLabels.Entailment] = Entailment, [PairLabels.Neutral] = Neutral,
    };

    public string MostLikely => Contradiction >= Entailment && Contradiction >= Neutral ? PairLabels.Contradiction
        : Entailment >= Neutral ? PairLabels.Entailment : PairLabels.Neutral;
}

/// <summary>How much one feature pushed the predicted class, against the average of the other classes.</summary>
public sealed record FeatureContribution(string Feature, float Value, double Contribution);

public static class PairLabels
{
    public const string Contradiction = "contradiction";
    public const string Entailment = "entailment";
    public const string Neutral = "neutral";
    public const string Superseded = "superseded";

    /// <summary>The classifier's classes, in the alphabetical order ML.NET assigns their keys.</summary>
    public static readonly IReadOnlyList<string> All = [Contradiction, Entailment, Neutral];
}

/// <summary>
/// The trained maximum-entropy classifier over <see cref="PairFeatures"/>. ML.NET trains and stores it; scoring is done
/// here from the learned weights (softmax of W·x + b), which is thread-safe without an engine pool, allocation-free,
/// exactly reproducible from recorded features, and lets every judgement show each feature's contribution.
/// </summary>
public sealed class PairClassifier
{
    private readonly float[][] _weights;
    private readonly float[] _biases;

    private PairClassifier(float[][] weights, float[] biases, string modelVersion)
    {
        _weights = weights;
        _biases = biases;
        ModelVersion = modelVersion;
    }

    /// <summary>"sha256:" + the hex SHA-256 of the model zip: the same bytes always give the same version.</summary>
    public string ModelVersion { get; }

    /// <summary>Reads a model zip saved by <see cref="PairClassifierTraining"/>; the caller opens the file.</summary>
    public static PairClassifier Load(Stream modelZip)
    {
        using var buffer = new MemoryStream();
        modelZip.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var context = new MLContext(seed: 1);
        var model = context.Model.Load(new MemoryStream(bytes, writable: false), out var inputSchema);
        var featureColumn = inputSchema[PairClassifierTraining.FeaturesColumn];
        if (featureColumn.Type is not VectorDataViewType { Size: var size } || size != PairFeatures.Count)
            throw new InvalidDataException($"The model expects {featureColumn.Type} features; this judge computes {PairFeatures.Count} ({PairFeatures.LayoutVersion}).");

        var parameters = FindParameters(model)
            ?? throw new InvalidDataException("The model zip holds no maximum-entropy multiclass predictor.");
        VBuffer<float>[] weights = [];
        parameters.GetWeights(ref weights, out var classes);
        if (classes != PairLabels.All.Count)
            throw new InvalidDataException($"The model has {classes} classes, expected {PairLabels.All.Count}.");
        var dense = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        var biases = parameters.GetBiases().ToArray();
        return new PairClassifier(dense, biases, VersionOf(bytes));
    }

    public static string VersionOf(ReadOnlySpan<byte> modelZip) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(modelZip));

    public PairScores Score(ReadOnlySpan<float> features)
    {
        Span<double> logits = stackalloc double[3];
        Logits(features, logits);
        Softmax(logits);
        return new PairScores(logits[0], logits[1], logits[2]);
    }

    /// <summary>The features that most moved the given class's logit relative to the other two classes.</summary>
    public IReadOnlyList<FeatureContribution> TopContributions(ReadOnlySpan<float> features, string label, int count)
    {
        var target = IndexOf(label);
        var contributions = new List<FeatureContribution>(features.Length);
        for (var i = 0; i < features.Length; i++)
        {
            if (features[i] == 0) continue;
            double others = 0;
            for (var c = 0; c < _weights.Length; c++) if (c != target) others += _weights[c][i];
            var push = (_weights[target][i] - others / (_weights.Length - 1)) * features[i];
            contributions.Add(new FeatureContribution(PairFeatures.Names[i], features[i], Math.Round(push, 6)));
        }
        return contributions
            .OrderByDescending(c => Math.Abs(c.Contribution)).ThenBy(c => c.Feature, StringComparer.Ordinal)
            .Take(count).ToList();
    }

    private void Logits(ReadOnlySpan<float> features, Span<double> logits)
    {
        for (var c = 0; c < 3; c++)
        {
            var row = _weights[c];
            // Float accumulation in a fixed order: the same features give the same bits on every run.
            double sum = _biases[c];
            for (var i = 0; i < features.Length; i++) sum += (double)row[i] * features[i];
            logits[c] = sum;
        }
    }

    private static void Softmax(Span<double> logits)
    {
        var max = Math.Max(logits[0], Math.Max(logits[1], logits[2]));
        double total = 0;
        for (var c = 0; c < logits.Length; c++) { logits[c] = Math.Exp(logits[c] - max); total += logits[c]; }
        for (var c = 0; c < logits.Length; c++) logits[c] /= total;
    }

    private static int IndexOf(string label)
    {
        for (var i = 0; i < PairLabels.All.Count; i++) if (PairLabels.All[i] == label) return i;
        return 0;
    }

    private static MaximumEntropyModelParameters? FindParameters(ITransformer model)
    {
        if (model is MulticlassPredictionTransformer<MaximumEntropyModelParameters> prediction) return prediction.Model;
        if (model is IEnumerable<ITransformer> chain)
            foreach (var part in chain)
                if (FindParameters(part) is { } found) return found;
        return null;
    }
}
