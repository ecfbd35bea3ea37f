namespace ClaimCheck.Judging;

/// <summary>
/// The score a pair with evidence must reach to open a case, chosen on dev for precision: a reviewer's time is the
/// scarce resource, so the bar is the lowest score at which at least <see cref="TargetPrecision"/> of the dev pairs
/// it would flag are real contradictions.
/// </summary>
public static class FlagThreshold
{
    public const double TargetPrecision = 0.8;

    /// <summary>Candidate thresholds, 0.50 to 0.99 by 0.01.</summary>
    private static readonly double[] Grid = Enumerable.Range(50, 50).Select(i => i / 100.0).ToArray();

    public sealed record Choice(double Threshold, double Precision, double Recall, int Flags);

    /// <summary>Within this much of the best precision reached, when the target is not reached at any threshold.</summary>
    public const double PrecisionSlack = 0.05;

    /// <summary>
    /// The lowest grid score at which the flagged dev pairs (evidence present, not judged entailment, score at or above
    /// it) reach the target precision; when no threshold reaches it, the lowest one within <see cref="PrecisionSlack"/>
    /// of the best precision reached (so a bar nobody can meet does not silence the judge; the card says which case held).
    /// </summary>
    public static Choice Choose(IReadOnlyList<(bool IsContradiction, PairJudgement Judgement)> dev, double targetPrecision)
    {
        var positives = dev.Count(d => d.IsContradiction);
        var choices = new List<Choice>();
        foreach (var threshold in Grid)
        {
            var flagged = dev.Where(d => d.Judgement.HasEvidence && d.Judgement.Label != PairLabels.Entailment && d.Judgement.Score >= threshold).ToList();
            if (flagged.Count == 0) break;
            var correct = flagged.Count(d => d.IsContradiction);
            choices.Add(new Choice(threshold, (double)correct / flagged.Count, positives == 0 ? 0 : (double)correct / positives, flagged.Count));
        }
        if (choices.Count == 0) return new Choice(Grid[^1], 0, 0, 0);
        if (choices.FirstOrDefault(c => c.Precision >= targetPrecision) is { } met) return met;
        var best = choices.Max(c => c.Precision);
        return choices.First(c => c.Precision >= best - PrecisionSlack);
    }

    /// <summary>
    /// Expected calibration error of contradiction scores: the mean, weighted by bin size over ten equal-width bins,
    /// of |share of real contradictions − mean score|. 0 means "a score of 0.8 is right 80 % of the time".
    /// </summary>
    public static double CalibrationError(IReadOnlyList<(bool IsContradiction, double Score)> scored)
    {
        if (scored.Count == 0) return 0;
        return scored.GroupBy(s => Math.Min(9, (int)(s.Score * 10)))
            .Sum(bin => (double)bin.Count() / scored.Count * Math.Abs(bin.Count(s => s.IsContradiction) / (double)bin.Count() - bin.Average(s => s.Score)));
    }
}
