using ClaimCheck.Language;

namespace ClaimCheck.Attribution;

/// <summary>
/// Tags every token of a text as outside, source, cue or content (BIO), left to right, with an averaged
/// perceptron over <see cref="AttributionFeatures"/> and the two previous tags (greedy decoding, as in
/// Collins 2002 / Honnibal's tagger). Trained on PolNeAR (English) and ASFALDA (French) by
/// <c>claimcheck train-attribution</c>. Thread-safe for tagging once loaded.
/// </summary>
public sealed class AttributionTagger
{
    private readonly AveragedPerceptron model;

    public AttributionTagger(AveragedPerceptron model)
    {
        if (model.Classes != AttributionLabel.Count) throw new ArgumentException($"An attribution model has {AttributionLabel.Count} classes, not {model.Classes}.", nameof(model));
        this.model = model;
    }

    public AveragedPerceptron Model => model;

    /// <summary>The tags of every token, with the margin of each decision (best minus second best score).</summary>
    public (int[] Labels, float[] Margins) Tag(AttributionInput input, CancellationToken cancellation = default)
    {
        var labels = new int[input.Count];
        var margins = new float[input.Count];
        Span<ulong> features = stackalloc ulong[AttributionFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[AttributionLabel.Count];
        int previous = AttributionLabel.Outside, previous2 = AttributionLabel.Outside;
        for (var i = 0; i < input.Count; i++)
        {
            if ((i & 1023) == 1023) cancellation.ThrowIfCancellationRequested();
            var n = AttributionFeatures.Extract(input, i, previous, previous2, features);
            model.Scores(features[..n], scores);
            var (best, margin) = BestAllowed(scores, previous);
            labels[i] = best;
            margins[i] = margin;
            previous2 = previous;
            previous = best;
        }
        return (labels, margins);
    }

    /// <summary>
    /// The gold tag as seen from the tags decoded so far: when the decoder missed the start of a span, the right
    /// answer now is to begin it, not to continue a span that was never opened (which the decoder cannot do).
    /// </summary>
    internal static int Reachable(int previous, int gold) =>
        AttributionLabel.Allowed(previous, gold) ? gold : gold - 1;

    private static (int Best, float Margin) BestAllowed(ReadOnlySpan<float> scores, int previous)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity, second = float.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++)
        {
            if (!AttributionLabel.Allowed(previous, c)) continue;
            if (scores[c] > bestScore) { second = bestScore; bestScore = scores[c]; best = c; }
            else if (scores[c] > second) second = scores[c];
        }
        return (best, float.IsNegativeInfinity(second) ? bestScore : bestScore - second);
    }

    /// <summary>
    /// Trains a new tagger: each epoch visits the texts in an order fixed by <paramref name="seed"/>, decodes each
    /// greedily with the current weights (so the previous-tag features see the model's own mistakes, as at run
    /// time) and updates on every wrong tag; the weights are averaged at the end.
    /// </summary>
    public static AttributionTagger Train(IReadOnlyList<(AttributionInput Input, int[] Gold)> texts, int epochs, int seed, Action<int, double>? progress = null) =>
        Train(texts.Select(t => (t.Input, t.Gold, false)).ToList(), epochs, seed, progress);

    /// <param name="texts">Each text with its gold tags; ContentOnly texts judge only content (a non-content guess outside content is not corrected).</param>
    public static AttributionTagger Train(IReadOnlyList<(AttributionInput Input, int[] Gold, bool ContentOnly)> texts, int epochs, int seed, Action<int, double>? progress = null)
    {
        var model = new AveragedPerceptron(AttributionLabel.Count);
        var order = Enumerable.Range(0, texts.Count).ToArray();
        var random = new Random(seed);
        var features = new ulong[AttributionFeatures.MaxFeatures];
        var scores = new float[AttributionLabel.Count];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0, total = 0;
            foreach (var index in order)
            {
                var (input, gold, contentOnly) = texts[index];
                int previous = AttributionLabel.Outside, previous2 = AttributionLabel.Outside;
                for (var i = 0; i < input.Count; i++)
                {
                    var n = AttributionFeatures.Extract(input, i, previous, previous2, features);
                    model.Scores(features.AsSpan(0, n), scores);
                    var (guess, _) = BestAllowed(scores, previous);
                    var truth = Reachable(previous, gold[i]);
                    if (contentOnly && truth == AttributionLabel.Outside && AttributionLabel.Role(guess) is 1 or 2) truth = guess;
                    model.Update(features.AsSpan(0, n), truth, guess);
                    if (guess == truth) correct++;
                    total++;
                    previous2 = previous;
                    previous = guess;
                }
            }
            progress?.Invoke(epoch + 1, total == 0 ? 0 : (double)correct / total);
        }
        model.Average();
        return new AttributionTagger(model);
    }
}
