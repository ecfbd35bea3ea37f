using System.Text.Json;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using Marten;

namespace ClaimCheck.Api.Judging;

/// <summary>An article's current claims and the candidates retrieved for each of them.</summary>
public sealed record ArticleCandidates(IReadOnlyList<StoredClaim> Claims, IReadOnlyList<RetrievedCandidates> Retrieved)
{
    public bool Truncated => Retrieved.Any(r => r.Truncated);
}

/// <summary>
/// <see cref="ClaimRetrieval"/> in SQL over the claims table, in one statement per article: for each of its claims and
/// each person it involves, a walk down that person's claims newest first (the people table's btree) that stops at
/// the topical ceiling, and for a quote the quotes sharing one of its keys (GIN on the keys), kept when their pg_trgm
/// similarity passes; each distinct candidate comes back once, with the claims it is a candidate for and its rank there.
/// </summary>
public sealed class StoredClaimRetrieval(StorageOptions storage)
{
    private const string Columns =
        "'claimId', c.claim_id, 'articleId', c.article_id, 'effectiveDate', c.effective_date, 'kind', c.kind, 'speakerId', c.speaker_id, " +
        "'speaker', c.speaker, 'cue', c.cue, 'language', c.language, 'text', c.text, 'sentence', c.sentence, " +
        "'extractorVersion', c.extractor_version, 'frame', c.frame";

    // On position-free vectors ts_rank (normalization 0) is 0.1 / 1.64493406685 per matched query lexeme over the
    // number of query lexemes n, so rank * n * 16.4493406685 is the number of shared lexemes (an integer, hence the
    // 0.5 margin). It is only a filter: the order is the walk's (newest, then claim id descending), which the people
    // index gives directly, so the walk reads about (ceiling / share of a person's claims that pass) rows and stops.
    // The window is a span of seconds (no calendar arithmetic, so no time zone enters the bounds).
    private const string RankPerSharedLexemeInverse = "16.4493406685";

    /// <summary>The candidate query; <c>?</c> are the window (interval), then the article id.</summary>
    public string CandidateSql => CandidateSqlFor(storage.Schema);

    /// <summary>The candidate query over the claims tables of <paramref name="schema"/>.</summary>
    public static string CandidateSqlFor(string schema)
    {
        var claims = $"{schema}.{ClaimsTable.Name}";
        var people = $"{schema}.{ClaimsTable.PeopleName}";
        var similarity = ClaimRetrieval.QuoteSimilarity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"""
            with a as (
                select c.claim_id, c.article_id, c.effective_date, c.entities, c.text, c.is_quote, c.quote_words, c.quote_keys,
                       replace(c.tsv::text, ' ', ' | ')::tsquery as q, length(c.tsv) as n,
                       c.effective_date - w.span as since, c.effective_date + w.span as until
                from {claims} c, (select extract(epoch from ?::interval) * interval '1 second' as span) w
                where c.article_id = ?),
            topical as (
                select distinct a.claim_id as for_claim, t.claim_id, t.effective_date
                from a cross join lateral unnest(a.entities) as e(entity)
                cross join lateral (
                    select p.claim_id, p.effective_date
                    from {people} p join {claims} c on c.claim_id = p.claim_id
                    where p.entity = e.entity and p.effective_date between a.since and a.until and p.article_id <> a.article_id
                      and c.tsv @@ a.q
                      and ts_rank(c.tsv, a.q) * a.n * {RankPerSharedLexemeInverse} > {ClaimRetrieval.MinimumSharedTerms} - 0.5
                    order by p.effective_date desc, p.claim_id desc
                    limit {ClaimRetrieval.TopicalLimit + 1}) t),
            pairs as (
                select for_claim, 0 as branch, claim_id, k from (
                    select for_claim, claim_id, row_number() over (partition by for_claim order by effective_date desc, claim_id desc) as k
                    from topical) r
                where k <= {ClaimRetrieval.TopicalLimit + 1}
                union all
                select a.claim_id, 1, t.claim_id, t.k
                from a cross join lateral (
                    select c.claim_id, row_number() over (order by similarity(c.text, a.text) desc, c.effective_date desc, c.claim_id) as k
                    from {claims} c
                    where a.is_quote and a.quote_words >= {QuoteVerification.MinimumWords}
                      and c.is_quote and c.quote_words >= {QuoteVerification.MinimumWords}
                      and c.quote_keys && a.quote_keys
                      and c.article_id <> a.article_id and c.effective_date between a.since and a.until
                      and similarity(c.text, a.text) >= {similarity}
                    order by similarity(c.text, a.text) desc, c.effective_date desc, c.claim_id
                    limit {ClaimRetrieval.QuoteLimit + 1}) t)
            select jsonb_build_object('links', jsonb_agg(jsonb_build_object('for', pr.for_claim, 'branch', pr.branch, 'rank', pr.k)), {Columns})::text
            from pairs pr join {claims} c on c.claim_id = pr.claim_id
            group by c.claim_id
            """;
    }

    /// <summary>
    /// Run before the candidate query on its connection: no JIT compilation. On a large store the planner's estimate
    /// for the lookups (which stop early, as it cannot know) crosses <c>jit_above_cost</c>, and compiling took 1.8 s of
    /// a 2.1 s execution at 1M claims (bench-retrieval). Npgsql resets session settings when the connection goes back
    /// to the pool.
    /// </summary>
    public const string SessionSettingsSql = "select set_config('jit', 'off', false)";

    public async Task<ArticleCandidates> ForArticleAsync(IQuerySession session, Guid articleId, JudgingWindow window, CancellationToken cancellation)
    {
        var own = await session.AdvancedSql.QueryAsync<string>(
            $"select jsonb_build_object({Columns})::text from {storage.Schema}.{ClaimsTable.Name} c where c.article_id = ? order by c.claim_id",
            cancellation, articleId);
        var claims = own.Select(j => JsonSerializer.Deserialize<Row>(j, ClaimsTable.Json)!.ToStored()).ToList();
        if (claims.Count == 0) return new ArticleCandidates([], []);
        await session.AdvancedSql.QueryAsync<string>(SessionSettingsSql, cancellation);

        var links = (await session.AdvancedSql.QueryAsync<string>(CandidateSql, cancellation, window.Span, articleId))
            .Select(j => JsonSerializer.Deserialize<Row>(j, ClaimsTable.Json)!)
            .SelectMany(r =>
            {
                var stored = r.ToStored();
                return r.Links!.Select(l => (Link: l, Stored: stored));
            })
            .ToLookup(x => x.Link.For);
        var retrieved = claims.Select(claim =>
        {
            var mine = links[claim.Claim.ClaimId].ToList();
            var topical = mine.Where(x => x.Link.Branch == 0).OrderBy(x => x.Link.Rank).Select(x => x.Stored).ToList();
            var quotes = mine.Where(x => x.Link.Branch == 1).OrderBy(x => x.Link.Rank).Select(x => x.Stored).ToList();
            var truncated = topical.Count > ClaimRetrieval.TopicalLimit || quotes.Count > ClaimRetrieval.QuoteLimit;
            var candidates = topical.Take(ClaimRetrieval.TopicalLimit).Concat(quotes.Take(ClaimRetrieval.QuoteLimit))
                .DistinctBy(c => c.Claim.ClaimId).ToList();
            return new RetrievedCandidates(claim, candidates, truncated);
        }).ToList();
        return new ArticleCandidates(claims, retrieved);
    }

    /// <summary>A candidate is one row; <see cref="Links"/> says for which of the article's claims, by which branch, at which rank.</summary>
    private sealed record Row(
        Guid ClaimId, Guid ArticleId, DateTimeOffset EffectiveDate, QuoteKind Kind, string? SpeakerId, string? Speaker,
        string? Cue, string Language, string Text, string Sentence, string ExtractorVersion, ClaimFrame Frame, IReadOnlyList<Link>? Links)
    {
        public StoredClaim ToStored() => new(
            new JudgedClaim(ClaimId, ArticleId, EffectiveDate, Kind, SpeakerId, Text, Sentence, Frame, ExtractorVersion), Language, Speaker, Cue);
    }

    private sealed record Link(Guid For, int Branch, int Rank);
}
