using ClaimCheck.Judging;
using ClaimCheck.Review;
// Shouldly also declares a Case (its string-comparison enum).
using Case = ClaimCheck.Review.Case;

namespace ClaimCheck.Tests.Review;

/// <summary>Builds cases in any state by replaying the events the decider would have produced.</summary>
internal static class CaseFixtures
{
    public static readonly Guid CaseId = Guid.Parse("6f0c3b1e-0000-4000-8000-000000000001");
    public static readonly DateTimeOffset T0 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static ContradictionFlagged Flagged() => new(
        CaseId,
        FirstClaimId: Guid.Parse("00000000-0000-4000-8000-00000000000a"),
        SecondClaimId: Guid.Parse("00000000-0000-4000-8000-00000000000b"),
        FirstArticleId: Guid.Parse("00000000-0000-4000-8000-0000000000a1"),
        SecondArticleId: Guid.Parse("00000000-0000-4000-8000-0000000000a2"),
        SpeakerIds: ["speaker:dupont"],
        Label: "contradiction",
        Score: 0.87,
        Reasons: [new FiredRule("polarity-flip", "One says yes, the other no.")],
        Probabilities: new Dictionary<string, double> { ["contradiction"] = 0.87, ["neutral"] = 0.13 },
        Features: new Dictionary<string, float> { ["polarity"] = 1f },
        ModelVersion: "m-1",
        RulesVersion: "r-1",
        JudgedAt: T0);

    public static Case Open() => Case.Create(Flagged());
    public static Case InReview(string assignee = "alice") => Open().Apply(new ReviewStarted(CaseId, assignee, T0.AddMinutes(1)));

    public static Case Proposed(string proposer = "alice") => InReview(proposer).Apply(new VerdictProposed(
        CaseId, Verdict.Contradicted, "The two statements cannot both be true.", ["https://example.org/source"], proposer, T0.AddMinutes(2)));

    public static Case Approved(string editor = "erin") =>
        Proposed().Apply(new VerdictApproved(CaseId, Verdict.Contradicted, editor, T0.AddMinutes(3)));

    public static Case SentBack() => Proposed().Apply(new VerdictSentBack(CaseId, "erin", "Cite the second article.", T0.AddMinutes(3)));

    public static Case Published(string? url = "https://claimcheck.example/reviews/1") =>
        Approved().Apply(new VerdictPublished(CaseId, Verdict.Contradicted, "erin", T0.AddMinutes(4), url));

    public static Case InState(CaseState state) => state switch
    {
        CaseState.Open => Open(),
        CaseState.InReview => InReview(),
        CaseState.VerdictProposed => Proposed(),
        CaseState.Approved => Approved(),
        CaseState.SentBack => SentBack(),
        CaseState.Published => Published(),
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    /// <summary>A valid command for each action, issued by a user for whom the workflow rules pass where they can.</summary>
    public static CaseCommand CommandFor(CaseAction action) => action switch
    {
        CaseAction.OpenByHand => new OpenCaseByHand(CaseId, Guid.NewGuid(), Guid.NewGuid(), null, "Check this figure.", "alice", T0),
        CaseAction.Take => new TakeCase(CaseId, "bob", T0),
        CaseAction.ProposeVerdict => new ProposeVerdict(CaseId, Verdict.Misleading, "Numbers out of context.", [], "alice", T0),
        CaseAction.ApproveVerdict => new ApproveVerdict(CaseId, "erin", T0),
        CaseAction.SendBackVerdict => new SendBackVerdict(CaseId, "Needs a source.", "erin", T0),
        CaseAction.PublishVerdict => new PublishVerdict(CaseId, null, "erin", T0),
        CaseAction.Reopen => new ReopenCase(CaseId, "New evidence from the speaker.", "erin", T0),
        _ => throw new ArgumentOutOfRangeException(nameof(action)),
    };
}
