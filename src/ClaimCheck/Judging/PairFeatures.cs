using System.Collections.Frozen;

namespace ClaimCheck.Judging;

/// <summary>
/// Turns a pair of statements (and the rules that fired on their frames) into the fixed feature vector the classifier reads.
/// Features are bounded to [0, 1] so the learned weights are comparable and the contributions readable.
/// </summary>
public static class PairFeatures
{
    private static readonly string[] TextFeatureNames =
    [
        "token_jaccard", "hypothesis_coverage", "premise_coverage", "negation_premise", "negation_hypothesis",
        "negation_mismatch", "negation_mismatch_x_coverage", "antonym_pair", "antonym_x_coverage",
        "numbers_both", "number_mismatch", "number_match", "year_mismatch", "modality_mismatch",
        "novel_names", "length_ratio", "hypothesis_novel_words", "quantifier_mismatch", "exact_containment",
        "high_overlap_no_conflict_cue", "implicit_negation_mismatch", "implicit_negation_x_coverage", "negation_and_antonym",
        "aligned_coverage", "topical", "frame_support",
    ];

    /// <summary>The reasons that are features: every frame rule and every surface conflict of <see cref="ClaimComparison"/>.</summary>
    private static readonly IReadOnlyList<string> RuleFeatureIds = [.. RuleIds.All, .. EvidenceIds.All];

    /// <summary>Feature names in vector order; rule features are named "rule:" + rule id.</summary>
    public static readonly IReadOnlyList<string> Names = [.. TextFeatureNames, .. RuleFeatureIds.Select(id => "rule:" + id)];

    public static int Count => Names.Count;

    private static readonly FrozenDictionary<string, int> IndexOfRule =
        RuleFeatureIds.Select((id, i) => (id, i)).ToFrozenDictionary(p => p.id, p => TextFeatureNames.Length + p.i);

    /// <summary>Names and a hash of them: a model trained on another feature layout must not be loaded.</summary>
    public static readonly string LayoutVersion = "features:" + string.Join(",", Names);

    public static float[] Compute(string premise, string hypothesis, string? language, IReadOnlyList<FiredRule> firedRules, ClaimComparison? comparison = null)
    {
        var vector = new float[Count];
        Fill(vector, premise, hypothesis, language, firedRules, comparison);
        return vector;
    }

    /// <summary>Fills the vector; <paramref name="comparison"/> is the statements' alignment (computed from the texts when not given).</summary>
    public static void Fill(Span<float> vector, string premise, string hypothesis, string? language, IReadOnlyList<FiredRule> firedRules, ClaimComparison? comparison = null)
    {
        comparison ??= ClaimComparison.Compare(premise, hypothesis, language);
        vector.Clear();
        var p = JudgingLexicon.Tokenize(premise);
        var h = JudgingLexicon.Tokenize(hypothesis);
        var pContent = p.Where(JudgingLexicon.IsContentToken).Select(JudgingLexicon.Stem).ToHashSet();
        var hContent = h.Where(JudgingLexicon.IsContentToken).Select(JudgingLexicon.Stem).ToHashSet();
        var shared = pContent.Intersect(hContent).Count();
        var union = pContent.Count + hContent.Count - shared;
        var jaccard = union == 0 ? 0f : (float)shared / union;
        var hCoverage = hContent.Count == 0 ? 0f : (float)shared / hContent.Count;
        var pCoverage = pContent.Count == 0 ? 0f : (float)shared / pContent.Count;
        var pNeg = JudgingLexicon.HasNegation(p);
        var hNeg = JudgingLexicon.HasNegation(h);
        var negMismatch = pNeg != hNeg;
        var antonym = JudgingLexicon.HasAntonymPair(p, h, out _);

        var pNumbers = TextNumbers.Read(premise, language);
        var hNumbers = TextNumbers.Read(hypothesis, language);
        var pAmounts = pNumbers.Where(n => !n.IsYear).ToList();
        var hAmounts = hNumbers.Where(n => !n.IsYear).ToList();
        var numbersBoth = pAmounts.Count > 0 && hAmounts.Count > 0;
        // A figure was replaced when each side has one the other lacks; a figure only added ("the two countries") is new detail.
        var unmatched = hAmounts.Count(n => !pAmounts.Any(m => m.IsPercent == n.IsPercent && TextNumbers.SameValue(m.Value, n.Value, ClaimRules.NumericTolerance)));
        var dropped = pAmounts.Count(n => !hAmounts.Any(m => m.IsPercent == n.IsPercent && TextNumbers.SameValue(m.Value, n.Value, ClaimRules.NumericTolerance)));
        var numberMismatch = numbersBoth && unmatched > 0 && dropped > 0;
        var numberMatch = numbersBoth && (unmatched == 0 || dropped == 0);
        var pYears = pNumbers.Where(n => n.IsYear).Select(n => n.Value).ToHashSet();
        var hYears = hNumbers.Where(n => n.IsYear).Select(n => n.Value).ToHashSet();
        var yearMismatch = pYears.Count > 0 && hYears.Count > 0 && !pYears.Overlaps(hYears);

        var modalityMismatch = JudgingLexicon.HasModality(p) != JudgingLexicon.HasModality(h);
        var pNames = CapitalizedWords(premise);
        var hNames = CapitalizedWords(hypothesis);
        var novelNames = hNames.Count == 0 ? 0f : (float)hNames.Count(n => !pNames.Contains(n)) / hNames.Count;
        var lengthRatio = Math.Max(p.Count, h.Count) == 0 ? 0f : (float)Math.Min(p.Count, h.Count) / Math.Max(p.Count, h.Count);
        var novelWords = Math.Min(1f, (hContent.Count - shared) / 5f);
        var pQuant = p.Where(JudgingLexicon.Quantifiers.Contains).ToHashSet();
        var hQuant = h.Where(JudgingLexicon.Quantifiers.Contains).ToHashSet();
        var quantifierMismatch = (pQuant.Count > 0 || hQuant.Count > 0) && !pQuant.SetEquals(hQuant);
        var containment = hContent.Count > 0 && shared == hContent.Count && !negMismatch;
        var implicitMismatch = JudgingLexicon.HasImplicitNegation(p) != JudgingLexicon.HasImplicitNegation(h);
        var conflictCue = negMismatch || antonym || numberMismatch || yearMismatch || quantifierMismatch || implicitMismatch;

        var i = 0;
        vector[i++] = jaccard;
        vector[i++] = hCoverage;
        vector[i++] = pCoverage;
        vector[i++] = pNeg ? 1 : 0;
        vector[i++] = hNeg ? 1 : 0;
        vector[i++] = negMismatch ? 1 : 0;
        vector[i++] = negMismatch ? hCoverage : 0;
        vector[i++] = antonym ? 1 : 0;
        vector[i++] = antonym ? hCoverage : 0;
        vector[i++] = numbersBoth ? 1 : 0;
        vector[i++] = numberMismatch ? 1 : 0;
        vector[i++] = numberMatch ? 1 : 0;
        vector[i++] = yearMismatch ? 1 : 0;
        vector[i++] = modalityMismatch ? 1 : 0;
        vector[i++] = novelNames;
        vector[i++] = lengthRatio;
        vector[i++] = novelWords;
        vector[i++] = quantifierMismatch ? 1 : 0;
        vector[i++] = containment ? 1 : 0;
        vector[i++] = !conflictCue ? hCoverage : 0;
        vector[i++] = implicitMismatch ? 1 : 0;
        vector[i++] = implicitMismatch ? hCoverage : 0;
        // "restent ouvertes" against "ne fermeront pas": a negated antonym restates, it does not contradict.
        vector[i++] = negMismatch && antonym ? 1 : 0;
        vector[i++] = (float)comparison.Coverage;
        vector[i++] = comparison.IsTopical ? 1 : 0;
        vector[i++] = comparison.SupportsFrameRules ? 1 : 0;

        foreach (var rule in firedRules)
            if (IndexOfRule.TryGetValue(rule.RuleId, out var index))
                vector[index] = 1;
    }

    public static IReadOnlyDictionary<string, float> ToDictionary(ReadOnlySpan<float> vector)
    {
        var features = new SortedDictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < Count; i++) features[Names[i]] = vector[i];
        return features;
    }

    public static float[] FromDictionary(IReadOnlyDictionary<string, float> features)
    {
        var vector = new float[Count];
        for (var i = 0; i < Count; i++)
        {
            if (!features.TryGetValue(Names[i], out var value))
                throw new ArgumentException($"The recorded features lack \"{Names[i]}\"; they were computed with another feature layout.", nameof(features));
            vector[i] = value;
        }
        return vector;
    }

    // Capitalized words past the first token approximate named entities in both languages.
    private static HashSet<string> CapitalizedWords(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var words = text.Split([' ', ',', ';', ':', '.', '!', '?', '"', '«', '»', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            var apostrophe = word.IndexOfAny(['\'', '’']);
            if (apostrophe >= 0 && apostrophe < word.Length - 1) word = word[(apostrophe + 1)..];
            if (word.Length > 1 && char.IsUpper(word[0]))
                names.Add(JudgingLexicon.FoldAccents(word.ToLowerInvariant()));
        }
        return names;
    }
}
