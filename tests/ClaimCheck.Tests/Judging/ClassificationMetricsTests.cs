using ClaimCheck.Judging;

namespace ClaimCheck.Tests.Judging;

public class ClassificationMetricsTests
{
    [Fact]
    public void Accuracy_precision_recall_f1_and_confusion_are_computed_from_outcomes()
    {
        (string, string)[] outcomes =
        [
            ("contradiction", "contradiction"), ("contradiction", "contradiction"), ("contradiction", "neutral"),
            ("entailment", "entailment"), ("entailment", "contradiction"),
            ("neutral", "neutral"),
        ];

        var metrics = ClassificationMetrics.Compute(outcomes, PairLabels.All);

        metrics.Total.ShouldBe(6);
        metrics.Accuracy.ShouldBe(4 / 6.0, 1e-12);
        var contradiction = metrics.For("contradiction");
        contradiction.Precision.ShouldBe(2 / 3.0, 1e-12);
        contradiction.Recall.ShouldBe(2 / 3.0, 1e-12);
        contradiction.F1.ShouldBe(2 / 3.0, 1e-12);
        metrics.For("entailment").Precision.ShouldBe(1.0);
        metrics.For("entailment").Recall.ShouldBe(0.5);
        metrics.For("neutral").Precision.ShouldBe(0.5);
        metrics.Confusion[0, 2].ShouldBe(1);
        metrics.Confusion[1, 0].ShouldBe(1);
        metrics.ToText().ShouldContain("accuracy: 0.6667");
    }

    [Fact]
    public void A_class_never_predicted_has_zero_precision_and_f1_instead_of_a_division_by_zero()
    {
        var metrics = ClassificationMetrics.Compute([("neutral", "entailment")], PairLabels.All);

        metrics.For("neutral").F1.ShouldBe(0);
        metrics.For("contradiction").Support.ShouldBe(0);
    }

    [Fact]
    public void An_unknown_label_is_refused()
    {
        Should.Throw<ArgumentException>(() => ClassificationMetrics.Compute([("maybe", "neutral")], PairLabels.All));
    }
}
