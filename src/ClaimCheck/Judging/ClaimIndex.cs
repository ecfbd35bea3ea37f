using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>
/// Finds the stored claims a new claim could conflict with, so a new article is compared with a few claims instead of
/// the whole store. Claims are keyed by the people and predicate family they involve (see <see cref="Keys"/>), and quotes by
/// their most distinctive words (for attribution and altered-quote checks). Each key keeps only its most recent
/// <see cref="MaxClaimsPerKey"/> claims: a busy key ("Putin meets") would otherwise make the work grow with the store,
/// and the newest statements are the ones a new article is answering. Not thread-safe: one writer, as in a projection.
/// </summary>
public sealed class ClaimIndex(int maxClaimsPerKey = ClaimIndex.DefaultMaxClaimsPerKey)
{
    public const int DefaultMaxClaimsPerKey = 32;
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
        foreach (var key in Keys(claim, forLookup: true))
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

    /// <summary>
    /// The keys a claim is stored under. Two claims that any rule could find in conflict share at least one of these keys
    /// (the "s:" subject-and-family key, the people-pair key, the person-and-event key or a quote word), so a store that
    /// keeps each article's keys can find candidate articles by key overlap, as the service does.
    /// </summary>
    public static IEnumerable<string> KeysOf(JudgedClaim claim) => Keys(claim, forLookup: false);

    /// <summary>The narrower keys <see cref="CandidatesFor"/> reads: a claim naming both people skips its subject's other claims.</summary>
    public static IEnumerable<string> LookupKeysOf(JudgedClaim claim) => Keys(claim, forLookup: true);

    /// <summary>
    /// Keys are as narrow as the rules allow. A claim naming both people is found through the pair ("putin|biden|encounter");
    /// only a claim without an object has to look at everything its subject did in that predicate family.
    /// Presence (attending, meeting somewhere) is keyed by person and event, as the participation rule needs both.
    /// </summary>
    private static IEnumerable<string> Keys(JudgedClaim claim, bool forLookup)
    {
        var frame = claim.Frame;
        var family = PredicateRelatedness.Family(frame.Predicate);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var subject = Normalize(frame.Subject);
        var obj = Normalize(frame.Object);
        if (subject is not null)
        {
            if (obj is null)
            {
                keys.Add(forLookup ? $"s:{subject}|{family}" : $"s0:{subject}|{family}");
            }
            else
            {
                var (a, b) = PredicateRelatedness.IsSymmetric(frame.Predicate) && string.CompareOrdinal(obj, subject) < 0 ? (obj, subject) : (subject, obj);
                keys.Add($"o:{a}|{b}|{family}");
                if (forLookup) keys.Add($"s0:{subject}|{family}");
            }
            if (!forLookup) keys.Add($"s:{subject}|{family}");
        }
        if (family is "participation" or "encounter")
        {
            var eventName = PredicateRelatedness.IsParticipation(frame.Predicate) ? frame.Object ?? frame.Place : frame.Place;
            if (eventName is not null)
                foreach (var token in ClaimRules.DistinctiveTokens(eventName))
                    foreach (var person in claim.Participants().Where(p => p != claim.SpeakerId || p == frame.Subject))
                        keys.Add($"e:{person}|{token}");
        }
        if (claim.Kind is QuoteKind.Direct or QuoteKind.Partial)
            foreach (var word in DistinctiveWords(claim.Text))
                keys.Add("q:" + word);
        return keys;
    }

    private static string? Normalize(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim().ToLowerInvariant();

    // The longest content words of a quote are rare enough to find its re-uses without scanning all quotes.
    private static IEnumerable<string> DistinctiveWords(string text) =>
        JudgingLexicon.Tokenize(text)
            .Where(t => JudgingLexicon.IsContentToken(t) && !char.IsDigit(t[0]))
            .Distinct()
            .OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal)
            .Take(QuoteKeyWords);
}
