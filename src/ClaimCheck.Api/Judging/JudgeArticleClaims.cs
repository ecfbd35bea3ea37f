using System.Security.Cryptography;
using System.Text;
using ClaimCheck.Api.Hosting;
using ClaimCheck.Api.Telemetry;
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
    /// The article's claims and their candidates come from the claims read model (<see cref="StoredClaimRetrieval"/>):
    /// same people and topic, or the same quoted words, within the judging window, so the work per article follows
    /// the claims that match it, not the size of the store, and the flags do not depend on arrival order. Each flagged
    /// pair opens a case whose id is derived from the two claim ids: a redelivered message finds the case and adds
    /// nothing; a judge with another model or rules version adds a <see cref="PairRejudged"/> event to it.
    /// </summary>
    public static async Task Handle(
        JudgeArticleClaims command, IDocumentSession session, PairJudge judge, StoredClaimRetrieval retrieval, JudgingOptions options,
        TimeProvider clock, ClaimCheckMetrics metrics, ILogger<JudgeArticleClaims> logger, CancellationToken cancellation)
    {
        var started = clock.GetTimestamp();
        var opened = 0;
        var found = await retrieval.ForArticleAsync(session, command.ArticleId, options.Window, cancellation);
        if (found.Claims.Count == 0)
        {
            metrics.JudgingTook(clock.GetElapsedTime(started), 0);
            return;
        }
        if (found.Truncated)
            // A retrieval ceiling binds: which pairs are judged now depends on what is stored. Say so.
            logger.LogWarning("Article {ArticleId} has claims with more candidates than the retrieval limits; only the best ranked are judged",
                command.ArticleId);

        var findings = ArticleJudging.Judge(found.Claims, found.Retrieved, judge);
        var caseIds = findings.Select(f => CaseIdFor(f.First.Claim.ClaimId, f.Second.Claim.ClaimId)).ToArray();
        // Articles are judged in parallel and two of them often find the same pair. Each takes its cases' locks
        // before looking for them, so the second waits for the first to commit, then finds its cases and adds nothing.
        await CaseLocks.AcquireAsync(session, caseIds, cancellation);
        var existing = caseIds.Length == 0
            ? new Dictionary<Guid, FlagSummary>()
            : (await session.LoadManyAsync<FlagSummary>(cancellation, caseIds)).ToDictionary(f => f.Id);

        var now = clock.GetUtcNow();
        session.LastModifiedBy = Actors.System;
        foreach (var finding in findings)
        {
            var caseId = CaseIdFor(finding.First.Claim.ClaimId, finding.Second.Claim.ClaimId);
            if (!existing.TryGetValue(caseId, out var current))
            {
                var flag = finding.ToFlag(caseId, now);
                session.Events.StartStream<Case>(caseId, flag);
                existing[caseId] = FlagSummary.Create(flag);
                opened++;
            }
            else if (current.ModelVersion != finding.ModelVersion || current.RulesVersion != finding.RulesVersion)
            {
                session.Events.Append(caseId, new PairRejudged(caseId, finding.Label, finding.Score, finding.Reasons,
                    finding.Probabilities, finding.Features, finding.ModelVersion, finding.RulesVersion, now));
            }
        }
        // Measured up to the decision; the transaction's commit follows in Wolverine's middleware.
        metrics.JudgingTook(clock.GetElapsedTime(started), opened);
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
