using System.Globalization;
using System.Text;

namespace ClaimCheck.Judging;

public sealed record ClassMetrics(string Label, double Precision, double Recall, double F1, int Support);

/// <summary>Accuracy, per-class precision/recall/F1 and the confusion matrix (rows: gold, columns: predicted).</summary>
public sealed record ClassificationMetrics(
    int Total,
    double Accuracy,
    IReadOnlyList<ClassMetrics> PerClass,
    IReadOnlyList<string> Labels,
    int[,] Confusion)
{
    public static ClassificationMetrics Compute(IEnumerable<(string Gold, string Predicted)> outcomes, IReadOnlyList<string> labels)
    {
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var confusion = new int[labels.Count, labels.Count];
        int total = 0, correct = 0;
        foreach (var (gold, predicted) in outcomes)
        {
            if (!index.TryGetValue(gold, out var g)) throw new ArgumentException($"Unknown gold label \"{gold}\".", nameof(outcomes));
            if (!index.TryGetValue(predicted, out var p)) throw new ArgumentException($"Unknown predicted label \"{predicted}\".", nameof(outcomes));
            confusion[g, p]++;
            total++;
            if (g == p) correct++;
        }
        var perClass = new List<ClassMetrics>();
        for (var c = 0; c < labels.Count; c++)
        {
            int truePositives = confusion[c, c], predictedAs = 0, support = 0;
            for (var k = 0; k < labels.Count; k++) { predictedAs += confusion[k, c]; support += confusion[c, k]; }
            var precision = predictedAs == 0 ? 0 : (double)truePositives / predictedAs;
            var recall = support == 0 ? 0 : (double)truePositives / support;
            var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            perClass.Add(new ClassMetrics(labels[c], precision, recall, f1, support));
        }
        return new ClassificationMetrics(total, total == 0 ? 0 : (double)correct / total, perClass, labels, confusion);
    }

    public ClassMetrics For(string label) => PerClass.Single(c => c.Label == label);

    public string ToText()
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"pairs: {Total}");
        text.AppendLine(inv, $"accuracy: {Accuracy:F4}");
        text.AppendLine(inv, $"{"class",-15} {"precision",9} {"recall",9} {"f1",9} {"support",8}");
        foreach (var c in PerClass)
            text.AppendLine(inv, $"{c.Label,-15} {c.Precision,9:F4} {c.Recall,9:F4} {c.F1,9:F4} {c.Support,8}");
        text.AppendLine("confusion (rows gold, columns predicted):");
        text.Append(inv, $"{"",-15}");
        foreach (var label in Labels) text.Append(inv, $" {label,14}");
        text.AppendLine();
        for (var g = 0; g < Labels.Count; g++)
        {
            text.Append(inv, $"{Labels[g],-15}");
            for (var p = 0; p < Labels.Count; p++) text.Append(inv, $" {Confusion[g, p],14}");
            text.AppendLine();
        }
        return text.ToString();
    }
}
