using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Extraction;
using ClaimCheck.Judging;
using ClaimCheck.Review;
using Marten;
using Microsoft.Extensions.Logging;

namespace ClaimCheck.Api.Judging;

/// <summary>Compare a freshly extracted article's claims with its own and with earlier articles' claims.</summary>
public sealed record JudgeArticleClaims(Guid ArticleId);

public static class JudgeArticleClaimsHandler
{
    /// <summary>
    /// Candidate articles come from the store's claim keys (same person and predicate family, or the same
    /// distinctive quote words) within the judging window, so the work per article depends on how many articles
    /// share its people in that window, not on the size of the store, and the flags do not depend on arrival order. Each flagged pair opens a case whose id is derived from the two
    /// claim ids: a redelivered message finds the case and adds nothing; a judge with another model or rules
    /// version adds a <see cref="PairRejudged"/> event to it.
    /// </summary>
    public static async Task Handle(
        JudgeArticleClaims command, IDocumentSession session, PairJudge judge, JudgingOptions options, TimeProvider clock,
        ILogger<JudgeArticleClaims> logger, CancellationToken cancellation)
    {
        var article = await session.LoadAsync<ArticleQuotes>(command.ArticleId, cancellation);
        var keys = await session.LoadAsync<ArticleClaimKeys>(command.ArticleId, cancellation);
        if (article is null || keys is null || article.Quotes.Count == 0) return;

        var lookup = keys.Keys.ToArray();
        var window = options.Window;
        var from = keys.EffectiveDate - window.Span;
        var to = keys.EffectiveDate + window.Span;
        var candidateIds = lookup.Length == 0
            ? []
            : await session.Query<ArticleClaimKeys>()
                .Where(k => k.Id != command.ArticleId && k.EffectiveDate >= from && k.EffectiveDate <= to && k.Keys.Any(key => lookup.Contains(key)))
                .OrderByDescending(k => k.EffectiveDate)
                .Select(k => k.Id)
                .Take(options.MaxCandidateArticles + 1)
                .ToListAsync(cancellation);
        if (candidateIds.Count > options.MaxCandidateArticles)
        {
            // The safety ceiling binds: which articles are left out now depends on arrival order. Say so.
            logger.LogWarning("Article {ArticleId} has more than {Max} candidate articles within the judging window; only the newest are judged",
                command.ArticleId, options.MaxCandidateArticles);
            candidateIds = candidateIds.Take(options.MaxCandidateArticles).ToList();
        }
        var candidates = candidateIds.Count == 0 ? [] : await session.LoadManyAsync<ArticleQuotes>(cancellation, candidateIds);

        var judged = JudgingWindow.Judge(JudgedClaims.Of(article), candidates.SelectMany(JudgedClaims.Of), judge);

        var now = clock.GetUtcNow();
        var flagged = judged.Where(j => j.Judgement.ShouldFlag).ToList();
        var caseIds = flagged.Select(j => CaseIdFor(j.First.ClaimId, j.Second.ClaimId)).ToArray();
        var existing = caseIds.Length == 0
            ? new Dictionary<Guid, FlagSummary>()
            : (await session.LoadManyAsync<FlagSummary>(cancellation, caseIds)).ToDictionary(f => f.Id);

        session.LastModifiedBy = Actors.System;
        foreach (var (pairFirst, pairSecond, judgement) in flagged)
        {
            var (first, second) = ClaimRules.Order(pairFirst, pairSecond);
            var caseId = CaseIdFor(first.ClaimId, second.ClaimId);
            if (!existing.TryGetValue(caseId, out var current))
            {
                session.Events.StartStream<Case>(caseId, judgement.ToFlag(caseId, first, second, now));
                existing[caseId] = FlagSummary.Create(judgement.ToFlag(caseId, first, second, now));
            }
            else if (current.ModelVersion != judgement.ModelVersion || current.RulesVersion != judgement.RulesVersion)
            {
                session.Events.Append(caseId, new PairRejudged(caseId, judgement.Label, judgement.Score, judgement.Reasons,
                    judgement.ModelScores.ToDictionary(), judgement.Features, judgement.ModelVersion, judgement.RulesVersion, now));
            }
        }
    }

    /// <summary>The case of a claim pair, whichever order the pair is judged in.</summary>
    public static Guid CaseIdFor(Guid firstClaim, Guid secondClaim)
    {
        var (low, high) = firstClaim.CompareTo(secondClaim) <= 0 ? (firstClaim, secondClaim) : (secondClaim, firstClaim);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"case|{low:N}|{high:N}"));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true);
    }
}
