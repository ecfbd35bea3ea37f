namespace ClaimCheck.Judging;

/// <summary>
/// Which stored articles a new article is judged against. The bound is a property of each pair (both articles
/// share a key and were published within <see cref="Span"/> of each other), never "the newest N present": a
/// count over whatever happens to be stored makes the flags depend on the order articles arrive in, while a
/// pair-local bound judges each qualifying pair exactly once, when its second article arrives, whatever the order.
/// </summary>
public sealed record JudgingWindow(TimeSpan Span)
{
    public static readonly JudgingWindow Default = new(TimeSpan.FromDays(365));

    public bool Admits(DateTimeOffset a, DateTimeOffset b) => (a - b).Duration() <= Span;

    public bool IsCandidate(ArticleClaimKeys article, ArticleClaimKeys other) =>
        other.Id != article.Id && Admits(article.EffectiveDate, other.EffectiveDate) && other.Keys.Intersect(article.Keys, StringComparer.Ordinal).Any();

    /// <summary>
    /// Judges a new article's claims against the candidates' claims and each other. No per-key cap applies: which
    /// claims a cap keeps depends on what is stored at the time. Each pair's claims are ordered canonically inside
    /// <see cref="PairJudge.Judge"/>, so the verdict does not depend on which claim came first either.
    /// </summary>
    public static IReadOnlyList<(JudgedClaim First, JudgedClaim Second, PairJudgement Judgement)> Judge(
        IReadOnlyList<JudgedClaim> articleClaims, IEnumerable<JudgedClaim> candidateClaims, PairJudge judge)
    {
        var index = new ClaimIndex(int.MaxValue);
        foreach (var claim in candidateClaims) index.Add(claim);
        return index.JudgeArticle(articleClaims, judge);
    }
}
