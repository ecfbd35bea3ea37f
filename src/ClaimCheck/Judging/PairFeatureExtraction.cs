using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>Rules and features for two free statements, shared by training (no model yet) and the judge.</summary>
public static class PairFeatureExtraction
{
    private static readonly Guid PremiseArticle = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid HypothesisArticle = new("00000000-0000-0000-0000-000000000002");
    private static readonly Guid HypothesisClaim = new("00000000-0000-0000-0000-000000000003");

    /// <summary>
    /// The extraction slice's parser as a frame reader, so the frame rules also run on free statement pairs.
    /// Training and judging must use the same reader, or the rule features the model learned from would differ.
    /// </summary>
    public static readonly StatementFrameReader ParsedFrames =
        (sentence, language) => ClaimFrameParser.Parse(sentence, language ?? Ingestion.LanguageDetector.Detect(sentence));

    public static float[] ForStatements(string premise, string hypothesis, string? language, StatementFrameReader? frameReader)
    {
        var comparison = ClaimComparison.Compare(premise, hypothesis, language);
        return PairFeatures.Compute(premise, hypothesis, language, EvidenceForStatements(premise, hypothesis, language, frameReader, comparison), comparison);
    }

    /// <summary>The frame rules the alignment supports plus the surface conflicts: what the judge records as reasons for two statements.</summary>
    public static IReadOnlyList<FiredRule> EvidenceForStatements(string premise, string hypothesis, string? language, StatementFrameReader? frameReader, ClaimComparison comparison) =>
        PairJudge.WithEvidence(RulesForStatements(premise, hypothesis, language, frameReader), comparison);

    /// <summary>The rules that fire on the statements' frames; none when no reader is given or a statement has no frame.</summary>
    public static IReadOnlyList<FiredRule> RulesForStatements(string premise, string hypothesis, string? language, StatementFrameReader? frameReader)
    {
        if (frameReader is null) return [];
        var premiseFrame = frameReader(premise, language);
        var hypothesisFrame = frameReader(hypothesis, language);
        if (premiseFrame is null || hypothesisFrame is null) return [];
        // Free statements carry no date, speaker or article: same time, two sources, indirect statements.
        var at = DateTimeOffset.UnixEpoch;
        var a = new JudgedClaim(Guid.Empty, PremiseArticle, at, QuoteKind.Indirect, null, premise, premise, premiseFrame, "statement");
        var b = new JudgedClaim(HypothesisClaim, HypothesisArticle, at, QuoteKind.Indirect, null, hypothesis, hypothesis, hypothesisFrame, "statement");
        return ClaimRules.Evaluate(a, b);
    }
}
