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
/// <see cref="ClaimRetrieval"/> in SQL over the claims table: one statement per article, a lateral index lookup per
/// claim (people GIN ∩ text search GIN within the window, and the trigram GIN for quotes), so the work per article
/// follows how many claims match it, not how many are stored.
/// </summary>
public sealed class StoredClaimRetrieval(StorageOptions storage)
{
    private string Table => $"{storage.Schema}.{ClaimsTable.Name}";

    private const string Columns =
        "'claimId', c.claim_id, 'articleId', c.article_id, 'effectiveDate', c.effective_date, 'kind', c.kind, 'speakerId', c.speaker_id, " +
        "'speaker', c.speaker, 'cue', c.cue, 'language', c.language, 'text', c.text, 'sentence', c.sentence, " +
        "'extractorVersion', c.extractor_version, 'frame', c.frame";

    // On position-free vectors ts_rank (normalization 0) is 0.1 / 1.64493406685 per matched query lexeme over the
    // number of query lexemes n, so rank * n * 16.4493406685 is the number of shared lexemes (an integer, hence the
    // 0.5 margin). The window is written as a distance so the planner reaches rows through the GIN indexes (people,
    // trigrams), never by scanning a date range that covers most of the store. The text match is checked on the rows
    // the people index finds (strip() keeps the planner off the tsv index): an OR of a sentence's lexemes matches
    // nearly every row (99,232 of 100,000 in bench-retrieval), so its bitmap cost more than the rows it removed.
    private const string RankPerSharedLexemeInverse = "16.4493406685";

    /// <summary>The candidate query; <c>?</c> are the article id, then the window (interval) twice.</summary>
    public string CandidateSql => CandidateSqlFor(Table);

    /// <summary>The candidate query over the claims table <paramref name="table"/> (schema-qualified).</summary>
    public static string CandidateSqlFor(string table) => $"""
        with a as (
            select claim_id, article_id, effective_date, entities, tsv, text, is_quote, quote_words,
                   replace(tsv::text, ' ', ' | ')::tsquery as q, length(tsv) as n
            from {table} where article_id = ?)
        select jsonb_build_object('forClaim', a.claim_id, 'branch', 0, {Columns.Replace("c.", "t.")})::text
        from a cross join lateral (
            select c.* from {table} c
            where c.article_id <> a.article_id
              and abs(extract(epoch from c.effective_date - a.effective_date)) <= extract(epoch from ?::interval)
              and c.entities && a.entities
              and strip(c.tsv) @@ a.q
              and ts_rank(c.tsv, a.q) * a.n * {RankPerSharedLexemeInverse} > {ClaimRetrieval.MinimumSharedTerms} - 0.5
            order by ts_rank(c.tsv, a.q) desc, c.effective_date desc, c.claim_id
            limit {ClaimRetrieval.TopicalLimit + 1}) t
        union all
        select jsonb_build_object('forClaim', a.claim_id, 'branch', 1, {Columns.Replace("c.", "t.")})::text
        from a cross join lateral (
            select c.* from {table} c
            where a.is_quote and a.quote_words >= {QuoteVerification.MinimumWords}
              and c.is_quote and c.quote_words >= {QuoteVerification.MinimumWords}
              and c.article_id <> a.article_id
              and abs(extract(epoch from c.effective_date - a.effective_date)) <= extract(epoch from ?::interval)
              and c.text % a.text and similarity(c.text, a.text) >= {ClaimRetrieval.QuoteSimilarity.ToString(System.Globalization.CultureInfo.InvariantCulture)}
            order by similarity(c.text, a.text) desc, c.effective_date desc, c.claim_id
            limit {ClaimRetrieval.QuoteLimit + 1}) t
        """;

    /// <summary>Makes the trigram index itself keep only pairs at the retrieval threshold (pg_trgm's default is 0.3), for this connection.</summary>
    public static string TrigramThresholdSql =>
        $"select set_config('pg_trgm.similarity_threshold', '{ClaimRetrieval.QuoteSimilarity.ToString(System.Globalization.CultureInfo.InvariantCulture)}', false)";

    public async Task<ArticleCandidates> ForArticleAsync(IQuerySession session, Guid articleId, JudgingWindow window, CancellationToken cancellation)
    {
        var own = await session.AdvancedSql.QueryAsync<string>(
            $"select jsonb_build_object({Columns})::text from {Table} c where c.article_id = ? order by c.claim_id", cancellation, articleId);
        var claims = own.Select(j => JsonSerializer.Deserialize<Row>(j, ClaimsTable.Json)!.ToStored()).ToList();
        if (claims.Count == 0) return new ArticleCandidates([], []);
        await session.AdvancedSql.QueryAsync<string>(TrigramThresholdSql, cancellation);

        var rows = (await session.AdvancedSql.QueryAsync<string>(CandidateSql, cancellation, articleId, window.Span, window.Span))
            .Select(j => JsonSerializer.Deserialize<Row>(j, ClaimsTable.Json)!)
            .ToList();
        var retrieved = claims.Select(claim =>
        {
            var mine = rows.Where(r => r.ForClaim == claim.Claim.ClaimId).ToList();
            var topical = mine.Where(r => r.Branch == 0).ToList();
            var quotes = mine.Where(r => r.Branch == 1).ToList();
            var truncated = topical.Count > ClaimRetrieval.TopicalLimit || quotes.Count > ClaimRetrieval.QuoteLimit;
            var candidates = topical.Take(ClaimRetrieval.TopicalLimit).Concat(quotes.Take(ClaimRetrieval.QuoteLimit))
                .DistinctBy(r => r.ClaimId).Select(r => r.ToStored()).ToList();
            return new RetrievedCandidates(claim, candidates, truncated);
        }).ToList();
        return new ArticleCandidates(claims, retrieved);
    }

    private sealed record Row(
        Guid ForClaim, int Branch, Guid ClaimId, Guid ArticleId, DateTimeOffset EffectiveDate, QuoteKind Kind, string? SpeakerId, string? Speaker,
        string? Cue, string Language, string Text, string Sentence, string ExtractorVersion, ClaimFrame Frame)
    {
        public StoredClaim ToStored() => new(
            new JudgedClaim(ClaimId, ArticleId, EffectiveDate, Kind, SpeakerId, Text, Sentence, Frame, ExtractorVersion), Language, Speaker, Cue);
    }
}
