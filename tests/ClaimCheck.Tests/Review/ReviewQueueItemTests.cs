using ClaimCheck.Review;
using static ClaimCheck.Tests.Review.CaseFixtures;

namespace ClaimCheck.Tests.Review;

public class ReviewQueueItemTests
{
    [Fact]
    public void A_flagged_case_enters_the_queue_open_with_its_speakers_articles_label_and_score()
    {
        var item = ReviewQueueItem.Create(Flagged());

        item.Id.ShouldBe(CaseId);
        item.State.ShouldBe(CaseState.Open);
        item.SpeakerIds.ShouldBe(["speaker:dupont"]);
        item.ArticleIds.Count.ShouldBe(2);
        item.Label.ShouldBe("contradiction");
        item.Score.ShouldBe(0.87);
        item.OpenedAt.ShouldBe(T0);
        item.UpdatedAt.ShouldBe(T0);
        item.Version.ShouldBe(1);
        item.Assignee.ShouldBeNull();
    }

    [Fact]
    public void A_case_opened_by_hand_enters_the_queue_without_label_or_score()
    {
        var item = ReviewQueueItem.Create(new CaseOpenedByHand(CaseId, Guid.NewGuid(), Guid.NewGuid(), null, "Check it.", "alice", T0));

        item.State.ShouldBe(CaseState.Open);
        item.SpeakerIds.ShouldBeEmpty();
        item.Label.ShouldBeNull();
        item.Score.ShouldBeNull();
    }

    [Fact]
    public void The_queue_item_follows_every_case_event_with_state_assignee_time_and_version()
    {
        var item = ReviewQueueItem.Create(Flagged())
            .Apply(new ReviewStarted(CaseId, "alice", T0.AddMinutes(1)));
        item.State.ShouldBe(CaseState.InReview);
        item.Assignee.ShouldBe("alice");

        item = item.Apply(new VerdictProposed(CaseId, Verdict.Misleading, "r", [], "alice", T0.AddMinutes(2)));
        item.State.ShouldBe(CaseState.VerdictProposed);
        item.ProposedVerdict.ShouldBe(Verdict.Misleading);

        item = item.Apply(new VerdictSentBack(CaseId, "erin", "why", T0.AddMinutes(3)));
        item.State.ShouldBe(CaseState.SentBack);

        item = item.Apply(new VerdictProposed(CaseId, Verdict.Contradicted, "r2", [], "alice", T0.AddMinutes(4)))
            .Apply(new VerdictApproved(CaseId, Verdict.Contradicted, "erin", T0.AddMinutes(5)));
        item.State.ShouldBe(CaseState.Approved);

        item = item.Apply(new VerdictPublished(CaseId, Verdict.Contradicted, "erin", T0.AddMinutes(6), null));
        item.State.ShouldBe(CaseState.Published);
        item.UpdatedAt.ShouldBe(T0.AddMinutes(6));

        item = item.Apply(new CaseReopened(CaseId, "erin", "new facts", T0.AddMinutes(7)));
        item.State.ShouldBe(CaseState.Open);
        item.Assignee.ShouldBeNull();
        item.ProposedVerdict.ShouldBeNull();
        item.OpenedAt.ShouldBe(T0);
        item.UpdatedAt.ShouldBe(T0.AddMinutes(7));
        item.Version.ShouldBe(8);
    }
}
