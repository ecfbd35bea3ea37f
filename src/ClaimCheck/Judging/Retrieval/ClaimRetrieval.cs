using ClaimCheck.Extraction;

namespace ClaimCheck.Judging;

/// <summary>A claim as the claims read model stores it: the judge's view plus the article's language and who said it, with which cue.</summary>
public sealed record StoredClaim(JudgedClaim Claim, string Language, string? Speaker, string? Cue)
{
    public static IReadOnlyList<StoredClaim> Of(ArticleQuotes article) =>
        article.Quotes.Select(q => new StoredClaim(
            new JudgedClaim(q.QuoteId, article.Id, article.EffectiveDate, q.Kind, q.SpeakerId, q.Text, q.Sentence, q.Claim, article.ExtractorVersion ?? ""),
            article.Language, q.Speaker, q.Cue)).ToList();
}

/// <summary>
/// Which stored claims a new claim is judged against: one definition, run in SQL by the service and in memory by the
/// <c>analyze</c> command. A stored claim is a candidate when it is in another article published within the judging
/// window and either
/// <list type="number">
/// <item>shares a person with the new claim (speaker, frame subject or person object) and at least
/// <see cref="MinimumSharedTerms"/> lexemes of its sentence (PostgreSQL's <c>french</c>/<c>english</c> text search,
/// see <see cref="ClaimTerms"/>); newest first, then by claim id descending; at most <see cref="TopicalLimit"/> per
/// claim; or</item>
/// <item>is a quote that shares a key (<see cref="QuoteKeys"/>: a run of <see cref="SharedRun"/> words, or of
/// <see cref="SameSpeakerRun"/> words said by the same speaker) with the new claim's quote and whose words (the quote,
/// not the sentence) have a pg_trgm similarity of at least <see cref="QuoteSimilarity"/> with it, both at least
/// <see cref="QuoteVerification.MinimumWords"/> words long; ranked by similarity, newest first, claim id; at most
/// <see cref="QuoteLimit"/> per claim.</item>
/// </list>
/// Both conditions are properties of the pair, so a pair qualifies whichever article arrives first. The limits are
/// ceilings against pathological stores: when one binds, which pairs are judged can depend on arrival order, and the
/// service logs it. The topical ceiling keeps the newest, not the most similar: a person's newest claims are the ones
/// a fact-checker compares first, and that order is one the database can walk and stop, so a lookup's cost follows
/// the ceiling rather than how many claims a popular person has.
/// </summary>
public static class ClaimRetrieval
{
    public const int MinimumSharedTerms = 2;
    public const int TopicalLimit = 200;
    public const double QuoteSimilarity = 0.5;
    public const int QuoteLimit = 50;
    public const int SharedRun = 4;
    public const int SameSpeakerRun = 3;

    /// <summary>The text whose lexemes say what a claim is about: its sentence, or the quote when there is none.</summary>
    public static string SearchText(JudgedClaim claim) => string.IsNullOrWhiteSpace(claim.Sentence) ? claim.Text : claim.Sentence;

    /// <summary>The people a claim involves (speaker, subject, person object), the key of "about the same entity".</summary>
    public static IReadOnlyList<string> Entities(JudgedClaim claim) =>
        claim.Participants().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    /// <summary>Number of words of a quote, as quote verification counts them.</summary>
    public static int QuoteWords(JudgedClaim claim) => QuoteVerification.IsQuote(claim) ? WordDiff.Words(claim.Text).Count : 0;

    public static bool IsSearchableQuote(JudgedClaim claim) => QuoteWords(claim) >= QuoteVerification.MinimumWords;

    /// <summary>
    /// The keys by which a quote finds the quotes it may repeat: every run of <see cref="SharedRun"/> consecutive words
    /// (as quote verification compares them), and, prefixed with the speaker, every run of <see cref="SameSpeakerRun"/>;
    /// a run of stop words only ("je ne suis pas") is no key. Most runs of words are rare, so a key's quotes are few
    /// whatever the size of the store, where a trigram's quotes are a fixed share of it. The same quote, an extract of
    /// it, or any quote keeping four consecutive words unchanged shares a 4-word run; the same speaker's quote with one
    /// word changed shares a 3-word run unless it is 5 words long and the change is the middle one.
    /// </summary>
    public static IReadOnlyList<string> QuoteKeys(StoredClaim stored)
    {
        var claim = stored.Claim;
        if (!IsSearchableQuote(claim)) return [];
        var words = WordDiff.ComparedWords(claim.Text);
        var stop = words.Select(w => ClaimTerms.IsStopWord(w, stored.Language)).ToArray();
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        void AddRuns(int length, string prefix)
        {
            for (var i = 0; i + length <= words.Count; i++)
                if (stop.Skip(i).Take(length).Any(s => !s))
                    keys.Add(prefix + string.Join(' ', words.Skip(i).Take(length)));
        }
        AddRuns(SharedRun, "");
        if (!string.IsNullOrWhiteSpace(claim.SpeakerId)) AddRuns(SameSpeakerRun, claim.SpeakerId + "|");
        return keys.ToList();
    }
}

/// <summary>The candidates retrieved for one new claim; <see cref="Truncated"/> when a ceiling bound.</summary>
public sealed record RetrievedCandidates(StoredClaim For, IReadOnlyList<StoredClaim> Candidates, bool Truncated);

/// <summary>
/// <see cref="ClaimRetrieval"/> over claims held in memory, for tools without a database. Claims are indexed by person
/// and quotes by their keys, so a lookup reads the claims of the people involved and the quotes sharing a key, not the
/// whole store.
/// </summary>
public sealed class InMemoryClaimRetrieval(JudgingWindow window)
{
    private sealed record Indexed(StoredClaim Stored, IReadOnlySet<string> Terms, IReadOnlySet<string>? Trigrams, IReadOnlyList<string> Keys);

    private readonly Dictionary<string, List<Indexed>> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Indexed>> _byQuoteKey = new(StringComparer.Ordinal);

    public void Add(StoredClaim claim)
    {
        var indexed = Index(claim);
        foreach (var entity in ClaimRetrieval.Entities(claim.Claim))
        {
            if (!_byEntity.TryGetValue(entity, out var list)) _byEntity[entity] = list = [];
            list.Add(indexed);
        }
        foreach (var key in indexed.Keys)
        {
            if (!_byQuoteKey.TryGetValue(key, out var list)) _byQuoteKey[key] = list = [];
            list.Add(indexed);
        }
    }

    public RetrievedCandidates CandidatesFor(StoredClaim claim)
    {
        var self = Index(claim);
        var date = claim.Claim.PublishedAt;
        bool Admitted(Indexed other) => other.Stored.Claim.ArticleId != claim.Claim.ArticleId && window.Admits(date, other.Stored.Claim.PublishedAt);

        var topical = ClaimRetrieval.Entities(claim.Claim)
            .SelectMany(e => _byEntity.TryGetValue(e, out var list) ? list : [])
            .DistinctBy(i => i.Stored.Claim.ClaimId)
            .Where(Admitted)
            .Select(i => (Item: i, Shared: i.Terms.Count(self.Terms.Contains)))
            .Where(x => x.Shared >= ClaimRetrieval.MinimumSharedTerms)
            .Select(x => x.Item.Stored)
            .OrderByDescending(c => c.Claim.PublishedAt).ThenByDescending(c => c.Claim.ClaimId)
            .ToList();

        var quotes = self.Trigrams is null
            ? []
            : self.Keys.SelectMany(k => _byQuoteKey.TryGetValue(k, out var list) ? list : [])
                .DistinctBy(i => i.Stored.Claim.ClaimId)
                .Where(i => i.Trigrams is not null && Admitted(i))
                .Select(i => (Item: i, Similarity: Trigrams.Similarity(self.Trigrams, i.Trigrams!)))
                .Where(x => x.Similarity >= ClaimRetrieval.QuoteSimilarity)
                .OrderByDescending(x => x.Similarity).ThenByDescending(x => x.Item.Stored.Claim.PublishedAt).ThenBy(x => x.Item.Stored.Claim.ClaimId)
                .Select(x => x.Item.Stored)
                .ToList();

        var truncated = topical.Count > ClaimRetrieval.TopicalLimit || quotes.Count > ClaimRetrieval.QuoteLimit;
        var candidates = topical.Take(ClaimRetrieval.TopicalLimit).Concat(quotes.Take(ClaimRetrieval.QuoteLimit))
            .DistinctBy(c => c.Claim.ClaimId).ToList();
        return new RetrievedCandidates(claim, candidates, truncated);
    }

    private static Indexed Index(StoredClaim claim) => new(
        claim,
        ClaimTerms.Of(ClaimRetrieval.SearchText(claim.Claim), claim.Language),
        ClaimRetrieval.IsSearchableQuote(claim.Claim) ? Trigrams.Of(claim.Claim.Text) : null,
        ClaimRetrieval.QuoteKeys(claim));
}
