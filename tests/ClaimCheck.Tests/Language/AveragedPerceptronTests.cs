using ClaimCheck.Language;

namespace ClaimCheck.Tests.Language;

public sealed class AveragedPerceptronTests
{
    /// <summary>Three classes, each signalled by its own feature among two noise features: linearly separable.</summary>
    private static (ulong[] Features, int Label)[] Toy()
    {
        var random = new Random(3);
        return [.. Enumerable.Range(0, 600).Select(i =>
        {
            var label = i % 3;
            return (new[]
            {
                FeatureHash.Combine(FeatureHash.Of("class"), label),
                FeatureHash.Combine(FeatureHash.Of("noise"), random.Next(50)),
                FeatureHash.Of("bias"),
            }, label);
        })];
    }

    private static AveragedPerceptron Train((ulong[] Features, int Label)[] data)
    {
        var model = new AveragedPerceptron(3);
        var order = data.ToArray();
        for (var epoch = 0; epoch < 5; epoch++)
        {
            DeterministicShuffle.Shuffle(order.AsSpan(), (ulong)epoch);
            foreach (var (features, label) in order)
                model.Update(features, label, model.Predict(features));
        }
        model.Average();
        return model;
    }

    [Fact]
    public void It_learns_a_separable_problem()
    {
        var data = Toy();
        var model = Train(data);
        data.Count(d => model.Predict(d.Features) == d.Label).ShouldBe(data.Length);
        model.IsAveraged.ShouldBeTrue();
        model.Instances.ShouldBe(3000);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var a = Train(Toy());
        var b = Train(Toy());
        var scoresA = new float[3];
        var scoresB = new float[3];
        foreach (var (features, _) in Toy())
        {
            a.Scores(features, scoresA);
            b.Scores(features, scoresB);
            scoresA.ShouldBe(scoresB);
        }
    }

    [Theory]
    [InlineData(WeightPrecision.Half)]
    [InlineData(WeightPrecision.Single)]
    public void Save_and_load_round_trip_to_the_same_predictions(WeightPrecision precision)
    {
        var data = Toy();
        var model = Train(data);
        using var stream = new MemoryStream();
        model.Save(stream, precision);
        stream.Position = 0;
        var loaded = AveragedPerceptron.Load(stream);
        loaded.Classes.ShouldBe(3);
        loaded.FeatureCount.ShouldBe(model.FeatureCount);
        foreach (var (features, _) in data)
            loaded.Predict(features).ShouldBe(model.Predict(features));
        Should.Throw<InvalidOperationException>(() => loaded.Update(data[0].Features, 0, 1));
    }

    [Fact]
    public void Pruning_drops_features_with_only_tiny_weights_and_keeps_predictions()
    {
        var data = Toy();
        var model = Train(data);
        var before = model.FeatureCount;
        var dropped = model.Prune(0.5f);
        model.FeatureCount.ShouldBe(before - dropped);
        data.Count(d => model.Predict(d.Features) == d.Label).ShouldBe(data.Length);
    }

    [Fact]
    public void A_stream_that_is_not_a_model_is_refused()
    {
        Should.Throw<InvalidDataException>(() => AveragedPerceptron.Load(new MemoryStream("NOPE0000000000"u8.ToArray())));
    }

    [Fact]
    public void Feature_hashes_are_stable_and_case_folding_is_explicit()
    {
        FeatureHash.Of("w").ShouldBe(FeatureHash.Of("w".AsSpan()));
        FeatureHash.Combine(FeatureHash.Of("w"), "Le").ShouldNotBe(FeatureHash.Combine(FeatureHash.Of("w"), "le"));
        FeatureHash.CombineLower(FeatureHash.Of("w"), "Le").ShouldBe(FeatureHash.Combine(FeatureHash.Of("w"), "le"));
        FeatureHash.Combine(FeatureHash.Of("a"), "b").ShouldNotBe(FeatureHash.Combine(FeatureHash.Of("b"), "a"));
        FeatureHash.Of("w").ShouldBe(0x09c2c907b711a02bUL);
    }
}
