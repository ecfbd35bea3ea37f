using System.IO.Compression;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimCheck.Judging;

/// <summary>One training example: a pair's feature vector and its gold label.</summary>
public sealed record LabeledFeatures(float[] Features, string Label);

/// <summary>
/// Trains the pair classifier reproducibly: fixed seed, one thread, labels keyed alphabetically, and a zip whose
/// entries are re-written in name order with a fixed timestamp, so the same data always gives the same bytes.
/// </summary>
public static class PairClassifierTraining
{
    public const string FeaturesColumn = "Features";
    private const string LabelColumn = "Label";
    private static readonly DateTimeOffset FixedEntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Train(IReadOnlyList<LabeledFeatures> examples)
    {
        if (examples.Count == 0) throw new ArgumentException("No training examples.", nameof(examples));
        var unknown = examples.Select(e => e.Label).Distinct().Except(PairLabels.All).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown labels: {string.Join(", ", unknown)}.", nameof(examples));
        if (PairLabels.All.Except(examples.Select(e => e.Label)).Any())
            throw new ArgumentException("Every class must have at least one example, or class keys would shift.", nameof(examples));

        var context = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(TrainingRow));
        schema[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PairFeatures.Count);
        var data = context.Data.LoadFromEnumerable(
            examples.Select(e => new TrainingRow { Label = e.Label, Features = e.Features }), schema);

        var pipeline = context.Transforms.Conversion
            .MapValueToKey(LabelColumn, keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                // Moderate L2: a few hundred pairs, and the evaluation data will not look like ours.
                L2Regularization = 0.5f,
                L1Regularization = 0f,
                OptimizationTolerance = 1e-7f,
                MaximumNumberOfIterations = 500,
                NumberOfThreads = 1,
            }));
        var model = pipeline.Fit(data);

        using var raw = new MemoryStream();
        context.Model.Save(model, data.Schema, raw);
        return Normalize(raw.ToArray());
    }

    /// <summary>Re-writes a zip with entries in ordinal name order and a fixed timestamp, so its bytes depend on content only.</summary>
    public static byte[] Normalize(byte[] zip)
    {
        using var source = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedEntryTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    private sealed class TrainingRow
    {
        public string Label { get; set; } = "";
        public float[] Features { get; set; } = [];
    }
}
