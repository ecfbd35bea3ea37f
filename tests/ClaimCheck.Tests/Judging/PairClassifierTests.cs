using ClaimCheck.Tests.Language;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ClaimCheck.Judging;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimCheck.Tests.Judging;

public class PairClassifierTests
{
    private static List<LabeledFeatures> TrainingExamples() => Model.TrainingExamples.Value;

    [SharedDataFact("fr_sequoia-ud-train.conllu")]
    public void Training_twice_on_the_same_data_gives_byte_identical_model_files()
    {
        var examples = TrainingExamples();

        var first = PairClassifierTraining.Train(examples);
        var second = PairClassifierTraining.Train(examples);

        second.ShouldBe(first);
    }

    /// <summary>
    /// Floating-point training results differ in the last bits across CPUs (vector widths, fused multiply-add), so the
    /// zip's bytes and hash are only reproducible on one kind of machine; what must reproduce everywhere is what the
    /// model says. Every pair of every committed split is scored by both models.
    /// </summary>
    [SharedDataFact("fr_sequoia-ud-train.conllu")]
    public void The_committed_model_predicts_what_a_model_freshly_trained_on_the_committed_data_predicts()
    {
        const double tolerance = 1e-4;
        using var stream = new MemoryStream(PairClassifierTraining.Train(TrainingExamples()));
        var fresh = PairClassifier.Load(stream);
        var pairs = new[] { "train.jsonl", "dev.jsonl", "holdout.jsonl" }.SelectMany(Model.Pairs).ToList();
        pairs.Count.ShouldBeGreaterThan(100);

        var labelsCompared = 0;
        foreach (var pair in pairs)
        {
            var features = PairFeatureExtraction.ForStatements(pair.Premise, pair.Hypothesis, pair.Language, PairFeatureExtraction.ParsedFrames);
            var committed = Model.Classifier.Score(features);
            var retrained = fresh.Score(features);

            retrained.Contradiction.ShouldBe(committed.Contradiction, tolerance, pair.Id);
            retrained.Entailment.ShouldBe(committed.Entailment, tolerance, pair.Id);
            retrained.Neutral.ShouldBe(committed.Neutral, tolerance, pair.Id);
            // A label may only differ where the committed model's two best classes are within the tolerance of each other.
            var ranked = new[] { committed.Contradiction, committed.Entailment, committed.Neutral }.OrderDescending().ToArray();
            if (ranked[0] - ranked[1] <= 2 * tolerance) continue;
            retrained.MostLikely.ShouldBe(committed.MostLikely, pair.Id);
            labelsCompared++;
        }
        labelsCompared.ShouldBeGreaterThan(pairs.Count * 9 / 10);
    }

    [Fact]
    public void The_model_version_is_the_sha256_of_the_zip_and_matches_the_model_card()
    {
        var bytes = File.ReadAllBytes(Model.ZipPath);
        var card = JsonNode.Parse(File.ReadAllText(Model.CardPath))!;

        Model.Classifier.ModelVersion.ShouldBe("sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)));
        card["modelVersion"]!.GetValue<string>().ShouldBe(Model.Classifier.ModelVersion);
        card["featureLayout"]!.GetValue<string>().ShouldBe(PairFeatures.LayoutVersion);
    }

    [Fact]
    public void The_flag_threshold_and_evidence_precisions_in_code_are_the_ones_training_measured()
    {
        var card = JsonNode.Parse(File.ReadAllText(Model.CardPath))!;
        card["flagThreshold"]!["value"]!.GetValue<double>().ShouldBe(PairJudge.DefaultFlagThreshold);
        var measured = card["evidencePrecision"]!.AsObject();
        foreach (var (id, precision) in PairJudge.EvidencePrecision)
        {
            // A conflict that never fired on the non-derived training pairs has the Laplace prior.
            var expected = measured[id]?["precision"]!.GetValue<double>() ?? 0.5;
            precision.ShouldBe(expected, 1e-9, id);
        }
        measured.Select(p => p.Key).ShouldAllBe(id => PairJudge.EvidencePrecision.ContainsKey(id));
    }

    [Fact]
    public void Scores_computed_from_the_weights_match_the_ML_NET_prediction_engine()
    {
        var context = new MLContext(seed: 1);
        using var stream = File.OpenRead(Model.ZipPath);
        var model = context.Model.Load(stream, out _);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PairFeatures.Count);
        var engine = context.Model.CreatePredictionEngine<Row, Prediction>(model, inputSchemaDefinition: schema);

        foreach (var pair in Model.Pairs("dev.jsonl").Take(20))
        {
            var features = PairFeatureExtraction.ForStatements(pair.Premise, pair.Hypothesis, pair.Language, PairFeatureExtraction.ParsedFrames);
            var expected = engine.Predict(new Row { Features = features }).Score;
            var actual = Model.Classifier.Score(features);

            actual.Contradiction.ShouldBe(expected[0], 1e-4);
            actual.Entailment.ShouldBe(expected[1], 1e-4);
            actual.Neutral.ShouldBe(expected[2], 1e-4);
        }
    }

    [Fact]
    public void A_zip_for_another_feature_layout_is_refused()
    {
        var context = new MLContext(seed: 1);
        var data = context.Data.LoadFromEnumerable([new Narrow { Label = "a", Features = [1, 0] }, new Narrow { Label = "b", Features = [0, 1] }]);
        var model = context.Transforms.Conversion.MapValueToKey("Label")
            .Append(context.MulticlassClassification.Trainers.LbfgsMaximumEntropy()).Fit(data);
        using var zip = new MemoryStream();
        context.Model.Save(model, data.Schema, zip);
        zip.Position = 0;

        Should.Throw<InvalidDataException>(() => PairClassifier.Load(zip));
    }

    private sealed class Row
    {
        public string Label { get; set; } = "";
        public float[] Features { get; set; } = [];
    }

    private sealed class Prediction
    {
        public float[] Score { get; set; } = [];
    }

    private sealed class Narrow
    {
        public string Label { get; set; } = "";
        [VectorType(2)] public float[] Features { get; set; } = [];
    }
}
