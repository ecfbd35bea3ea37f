using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>
/// Finds the stored claims a new claim could conflict with, so a new article is compared with a few claims instead of
/// the whole store. Claims are keyed by (person, predicate family) for every person they involve, and quotes by their
/// most distinctive words (for attribution and altered-quote checks). Each key keeps only its most recent
/// <see cref="MaxClaimsPerKey"/> claims: a busy key ("Putin meets") would otherwise make the work grow with the store,
/// and the newest statements are the ones a new article is answering. Not thread-safe: one writer, as in a projection.
/// </summary>
public sealed class ClaimIndex(int maxClaimsPerKey = ClaimIndex.DefaultMaxClaimsPerKey)
{
    public const int DefaultMaxClaimsPerKey = 64;
    private const int QuoteKeyWords = 2;

    private readonly Dictionary<string, LinkedList<JudgedClaim>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, List<JudgedClaim>> _byArticle = [];

    public int MaxClaimsPerKey { get; } = maxClaimsPerKey;

    public int Count { get; private set; }

    public void Add(JudgedClaim claim)
    {
        foreach (var key in KeysOf(claim))
        {
            if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = new LinkedList<JudgedClaim>();
            list.AddLast(claim);
            if (list.Count > MaxClaimsPerKey) list.RemoveFirst();
        }
        if (!_byArticle.TryGetValue(claim.ArticleId, out var ofArticle)) _byArticle[claim.ArticleId] = ofArticle = [];
        ofArticle.Add(claim);
        Count++;
    }

    /// <summary>Stored claims sharing a key with <paramref name="claim"/>, plus every claim of its own article (headline against body).</summary>
    public IReadOnlyList<JudgedClaim> CandidatesFor(JudgedClaim claim)
    {
        var seen = new HashSet<Guid> { claim.ClaimId };
        var candidates = new List<JudgedClaim>();
        foreach (var key in KeysOf(claim))
            if (_byKey.TryGetValue(key, out var list))
                foreach (var other in list)
                    if (seen.Add(other.ClaimId)) candidates.Add(other);
        if (_byArticle.TryGetValue(claim.ArticleId, out var sameArticle))
            foreach (var other in sameArticle)
                if (seen.Add(other.ClaimId)) candidates.Add(other);
        return candidates;
    }

    /// <summary>Judges every pair of a new article's claims against the index (and each other), then indexes them.</summary>
    public IReadOnlyList<(JudgedClaim First, JudgedClaim Second, PairJudgement Judgement)> JudgeArticle(
        IReadOnlyList<JudgedClaim> articleClaims, PairJudge judge)
    {
        var results = new List<(JudgedClaim, JudgedClaim, PairJudgement)>();
        foreach (var claim in articleClaims)
        {
            foreach (var other in CandidatesFor(claim))
                results.Add((other, claim, judge.Judge(other, claim)));
            Add(claim);
        }
        return results;
    }

    public static IEnumerable<string> KeysOf(JudgedClaim claim)
    {
        var family = PredicateRelatedness.Family(claim.Frame.Predicate);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in claim.Participants())
        {
            keys.Add($"p:{person}|{family}");
            // Attending an event and meeting someone at it can conflict (participation rule), so both families meet.
            if (family is "participation" or "encounter") keys.Add($"p:{person}|presence");
        }
        if (claim.Kind is QuoteKind.Direct or QuoteKind.Partial)
            foreach (var word in DistinctiveWords(claim.Text))
                keys.Add("q:" + word);
        return keys;
    }

    // The longest content words of a quote are rare enough to find its re-uses without scanning all quotes.
    private static IEnumerable<string> DistinctiveWords(string text) =>
        JudgingLexicon.Tokenize(text)
            .Where(t => JudgingLexicon.IsContentToken(t) && !char.IsDigit(t[0]))
            .Distinct()
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Take(QuoteKeyWords);
}
