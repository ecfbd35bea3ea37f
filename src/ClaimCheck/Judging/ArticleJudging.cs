namespace ClaimCheck.Judging;

/// <summary>
/// A claim pair worth a reviewer's time, in date order (see <see cref="ClaimRules.Order"/>), with what the flag records:
/// a quote verification finding, or the pair judge's contradiction / superseded verdict.
/// </summary>
public sealed record JudgingFinding(
    StoredClaim First,
    StoredClaim Second,
    string Label,
    double Score,
    IReadOnlyList<FiredRule> Reasons,
    IReadOnlyDictionary<string, double> Probabilities,
    IReadOnlyDictionary<string, float> Features,
    string ModelVersion,
    string RulesVersion)
{
    public ContradictionFlagged ToFlag(Guid caseId, DateTimeOffset judgedAt) => new(
        caseId,
        First.Claim.ClaimId,
        Second.Claim.ClaimId,
        First.Claim.ArticleId,
        Second.Claim.ArticleId,
        new[] { First.Claim.SpeakerId ?? First.Claim.Frame.Subject, Second.Claim.SpeakerId ?? Second.Claim.Frame.Subject }
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
        Label,
        Score,
        Reasons,
        Probabilities,
        Features,
        ModelVersion,
        RulesVersion,
        judgedAt);
}

/// <summary>
/// Judges a new article: its claims against each other (headline against body) and against the candidates retrieved
/// for each of them. One pair opens one case, so one finding per pair: a misattribution first (who said it comes
/// before what was said); then an altered quote, unless its change flips a negation and the pair judge finds the two
/// versions in contradiction (then the contradiction is the flag, and the judge's own altered-quote rule names the
/// negation added or dropped); otherwise the pair judge's contradiction or superseded verdict.
/// </summary>
public static class ArticleJudging
{
    public static IReadOnlyList<JudgingFinding> Judge(
        IReadOnlyList<StoredClaim> articleClaims, IEnumerable<RetrievedCandidates> retrieved, PairJudge judge)
    {
        var pairs = new List<(StoredClaim, StoredClaim)>();
        var seen = new HashSet<(Guid, Guid)>();
        void Add(StoredClaim a, StoredClaim b)
        {
            var key = a.Claim.ClaimId.CompareTo(b.Claim.ClaimId) <= 0 ? (a.Claim.ClaimId, b.Claim.ClaimId) : (b.Claim.ClaimId, a.Claim.ClaimId);
            if (a.Claim.ClaimId != b.Claim.ClaimId && seen.Add(key)) pairs.Add((a, b));
        }
        for (var i = 0; i < articleClaims.Count; i++)
            for (var j = i + 1; j < articleClaims.Count; j++)
                Add(articleClaims[i], articleClaims[j]);
        foreach (var found in retrieved)
            foreach (var candidate in found.Candidates)
                Add(candidate, found.For);
        return pairs.Select(p => Find(p.Item1, p.Item2, judge)).OfType<JudgingFinding>().ToList();
    }

    public static JudgingFinding? Find(StoredClaim a, StoredClaim b, PairJudge judge)
    {
        var quote = QuoteVerification.Verify(a, b);
        if (quote is { Label: QuoteVerification.Misattribution }) return FromQuote(quote);
        var judgement = judge.Judge(a.Claim, b.Claim);
        var negationFlipped = quote is not null && quote.Features.GetValueOrDefault("quote.negation_changed") > 0;
        if (quote is not null && !(negationFlipped && judgement.Label == PairLabels.Contradiction)) return FromQuote(quote);
        if (!judgement.ShouldFlag) return null;
        var (earlier, _) = ClaimRules.Order(a.Claim, b.Claim);
        var (first, second) = ReferenceEquals(earlier, a.Claim) ? (a, b) : (b, a);
        return new JudgingFinding(first, second, judgement.Label, judgement.Score, judgement.Reasons, judgement.ModelScores.ToDictionary(),
            judgement.Features, judgement.ModelVersion, judgement.RulesVersion);
    }

    private static JudgingFinding FromQuote(QuoteFinding quote) =>
        new(quote.First, quote.Second, quote.Label, quote.Score, quote.Reasons,
            new SortedDictionary<string, double>(StringComparer.Ordinal), quote.Features, QuoteVerification.Version, QuoteVerification.Version);
}
