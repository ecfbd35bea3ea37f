using ClaimCheck.Review;
// Shouldly also declares a Case (its string-comparison enum).
using Case = ClaimCheck.Review.Case;
using static ClaimCheck.Tests.Review.CaseFixtures;

namespace ClaimCheck.Tests.Review;

public class CaseDeciderTests
{
    public static readonly TheoryData<CaseState, CaseAction> ForbiddenTransitions = BuildForbidden();

    private static TheoryData<CaseState, CaseAction> BuildForbidden()
    {
        var data = new TheoryData<CaseState, CaseAction>();
        foreach (var state in Enum.GetValues<CaseState>())
            foreach (var action in Enum.GetValues<CaseAction>())
                if (!CaseWorkflow.Allows(state, action))
                    data.Add(state, action);
        return data;
    }

    [Theory]
    [MemberData(nameof(ForbiddenTransitions))]
    public void An_action_the_state_does_not_allow_is_rejected_naming_the_state_and_the_allowed_actions(CaseState state, CaseAction action)
    {
        var decision = CaseDecider.Decide(CommandFor(action), InState(state));

        decision.IsAccepted.ShouldBeFalse();
        decision.Events.ShouldBeEmpty();
        var rejection = decision.Rejection!;
        rejection.Kind.ShouldBe(CaseRejectionKind.NotAllowedInState);
        rejection.CurrentState.ShouldBe(state);
        rejection.Attempted.ShouldBe(action);
        rejection.AllowedActions.ShouldBe(CaseWorkflow.AllowedActions(state));
        rejection.AllowedActions.ShouldNotContain(action);
        rejection.HttpStatus.ShouldBe(409);
    }

    [Fact]
    public void The_transition_table_gives_each_state_its_allowed_actions()
    {
        CaseWorkflow.AllowedActions(null).ShouldBe([CaseAction.OpenByHand]);
        CaseWorkflow.AllowedActions(CaseState.Open).ShouldBe([CaseAction.Take]);
        CaseWorkflow.AllowedActions(CaseState.InReview).ShouldBe([CaseAction.Take, CaseAction.ProposeVerdict]);
        CaseWorkflow.AllowedActions(CaseState.VerdictProposed).ShouldBe([CaseAction.ApproveVerdict, CaseAction.SendBackVerdict]);
        CaseWorkflow.AllowedActions(CaseState.Approved).ShouldBe([CaseAction.PublishVerdict, CaseAction.SendBackVerdict]);
        CaseWorkflow.AllowedActions(CaseState.SentBack).ShouldBe([CaseAction.Take, CaseAction.ProposeVerdict]);
        CaseWorkflow.AllowedActions(CaseState.Published).ShouldBe([CaseAction.Reopen]);
    }

    [Fact]
    public void A_command_on_a_case_that_does_not_exist_is_rejected_and_only_opening_by_hand_is_allowed()
    {
        var rejection = CaseDecider.Decide(new TakeCase(CaseId, "bob", T0), null).Rejection!;

        rejection.CurrentState.ShouldBeNull();
        rejection.AllowedActions.ShouldBe([CaseAction.OpenByHand]);
    }

    [Fact]
    public void A_fact_checker_opens_a_case_by_hand_on_any_claim_and_the_case_starts_open()
    {
        var claimId = Guid.NewGuid();
        var articleId = Guid.NewGuid();
        var decision = CaseDecider.Decide(new OpenCaseByHand(CaseId, claimId, articleId, "speaker:x", " Suspicious figure ", "alice", T0), null);

        var opened = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<CaseOpenedByHand>();
        opened.ShouldBe(new CaseOpenedByHand(CaseId, claimId, articleId, "speaker:x", "Suspicious figure", "alice", T0));
        var state = Case.Create(opened);
        state.State.ShouldBe(CaseState.Open);
        state.Origin.ShouldBe(CaseOrigin.OpenedByHand);
        state.ClaimIds.ShouldBe([claimId]);
        state.SpeakerIds.ShouldBe(["speaker:x"]);
    }

    [Fact]
    public void Opening_by_hand_without_a_note_is_an_invalid_command()
    {
        var rejection = CaseDecider.Decide(new OpenCaseByHand(CaseId, Guid.NewGuid(), Guid.NewGuid(), null, " ", "alice", T0), null).Rejection!;

        rejection.Kind.ShouldBe(CaseRejectionKind.InvalidCommand);
        rejection.HttpStatus.ShouldBe(400);
    }

    [Fact]
    public void A_flagged_case_starts_open_with_both_claims_and_the_judges_label()
    {
        var state = Open();

        state.State.ShouldBe(CaseState.Open);
        state.Origin.ShouldBe(CaseOrigin.FlaggedByJudge);
        state.ClaimIds.Count.ShouldBe(2);
        state.ArticleIds.Count.ShouldBe(2);
        state.Label.ShouldBe("contradiction");
        state.Score.ShouldBe(0.87);
    }

    [Fact]
    public void Taking_an_open_case_starts_the_review_with_the_taker_as_assignee()
    {
        var events = CaseDecider.Decide(new TakeCase(CaseId, "alice", T0), Open()).Events;

        var started = events.ShouldHaveSingleItem().ShouldBeOfType<ReviewStarted>();
        started.Assignee.ShouldBe("alice");
        Open().Apply(started).State.ShouldBe(CaseState.InReview);
    }

    [Fact]
    public void Another_fact_checker_can_take_over_a_case_in_review()
    {
        var started = CaseDecider.Decide(new TakeCase(CaseId, "bob", T0), InReview("alice")).Events
            .ShouldHaveSingleItem().ShouldBeOfType<ReviewStarted>();

        InReview("alice").Apply(started).Assignee.ShouldBe("bob");
    }

    [Fact]
    public void Taking_a_case_one_already_has_in_review_is_rejected()
    {
        CaseDecider.Decide(new TakeCase(CaseId, "alice", T0), InReview("alice")).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.NotAllowedInState);
    }

    [Fact]
    public void The_assignee_proposes_a_verdict_with_rationale_and_evidence()
    {
        var command = new ProposeVerdict(CaseId, Verdict.Misleading, "Out of context.", ["https://example.org/a"], "alice", T0);

        var proposed = CaseDecider.Decide(command, InReview("alice")).Events.ShouldHaveSingleItem().ShouldBeOfType<VerdictProposed>();

        proposed.Verdict.ShouldBe(Verdict.Misleading);
        proposed.ProposedBy.ShouldBe("alice");
        proposed.EvidenceLinks.ShouldBe(["https://example.org/a"]);
        InReview("alice").Apply(proposed).State.ShouldBe(CaseState.VerdictProposed);
    }

    [Fact]
    public void Someone_other_than_the_assignee_cannot_propose_a_verdict()
    {
        var rejection = CaseDecider.Decide(
            new ProposeVerdict(CaseId, Verdict.Accurate, "Fine.", [], "bob", T0), InReview("alice")).Rejection!;

        rejection.Kind.ShouldBe(CaseRejectionKind.NotTheAssignee);
        rejection.AllowedActions.ShouldBe([CaseAction.Take, CaseAction.ProposeVerdict]);
    }

    [Fact]
    public void A_verdict_without_rationale_or_with_a_non_http_evidence_link_is_invalid()
    {
        CaseDecider.Decide(new ProposeVerdict(CaseId, Verdict.Accurate, "", [], "alice", T0), InReview()).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.InvalidCommand);
        CaseDecider.Decide(new ProposeVerdict(CaseId, Verdict.Accurate, "Ok.", ["javascript:alert(1)"], "alice", T0), InReview()).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.InvalidCommand);
    }

    [Fact]
    public void An_editor_who_did_not_propose_approves_the_verdict()
    {
        var approved = CaseDecider.Decide(new ApproveVerdict(CaseId, "erin", T0), Proposed("alice")).Events
            .ShouldHaveSingleItem().ShouldBeOfType<VerdictApproved>();

        approved.ApprovedBy.ShouldBe("erin");
        approved.Verdict.ShouldBe(Verdict.Contradicted);
        Proposed("alice").Apply(approved).State.ShouldBe(CaseState.Approved);
    }

    [Fact]
    public void Four_eyes_the_proposer_cannot_approve_their_own_verdict_even_with_different_casing()
    {
        var rejection = CaseDecider.Decide(new ApproveVerdict(CaseId, "Alice", T0), Proposed("alice")).Rejection!;

        rejection.Kind.ShouldBe(CaseRejectionKind.SameUserAsProposer);
        rejection.CurrentState.ShouldBe(CaseState.VerdictProposed);
        rejection.AllowedActions.ShouldBe([CaseAction.ApproveVerdict, CaseAction.SendBackVerdict]);
        rejection.HttpStatus.ShouldBe(409);
    }

    [Fact]
    public void Sending_back_a_proposed_verdict_needs_a_reason_and_lets_the_assignee_propose_again()
    {
        CaseDecider.Decide(new SendBackVerdict(CaseId, "  ", "erin", T0), Proposed()).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.InvalidCommand);

        var sentBack = CaseDecider.Decide(new SendBackVerdict(CaseId, "Cite the source.", "erin", T0), Proposed()).Events
            .ShouldHaveSingleItem().ShouldBeOfType<VerdictSentBack>();
        var state = Proposed().Apply(sentBack);

        state.State.ShouldBe(CaseState.SentBack);
        state.LastSendBackReason.ShouldBe("Cite the source.");
        state.Assignee.ShouldBe("alice");
        CaseDecider.Decide(new ProposeVerdict(CaseId, Verdict.Unsupported, "Source missing.", [], "alice", T0), state)
            .IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void An_approved_verdict_can_still_be_sent_back_and_loses_its_approval()
    {
        var sentBack = CaseDecider.Decide(new SendBackVerdict(CaseId, "Wrong rating.", "frank", T0), Approved()).Events.Single();

        var state = Approved().Apply((VerdictSentBack)sentBack);

        state.State.ShouldBe(CaseState.SentBack);
        state.ApprovedBy.ShouldBeNull();
    }

    [Fact]
    public void Publishing_an_approved_verdict_records_the_publisher_time_and_url()
    {
        var published = CaseDecider.Decide(new PublishVerdict(CaseId, "https://claimcheck.example/r/1", "erin", T0.AddHours(1)), Approved()).Events
            .ShouldHaveSingleItem().ShouldBeOfType<VerdictPublished>();
        var state = Approved().Apply(published);

        state.State.ShouldBe(CaseState.Published);
        state.Published.ShouldNotBeNull();
        state.Published.Verdict.ShouldBe(Verdict.Contradicted);
        state.Published.ProposedBy.ShouldBe("alice");
        state.Published.ApprovedBy.ShouldBe("erin");
        state.Published.PublishedAt.ShouldBe(T0.AddHours(1));
        state.Published.Url.ShouldBe("https://claimcheck.example/r/1");
    }

    [Fact]
    public void Publishing_with_a_url_that_is_not_http_is_invalid()
    {
        CaseDecider.Decide(new PublishVerdict(CaseId, "ftp://x", "erin", T0), Approved()).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.InvalidCommand);
    }

    [Fact]
    public void An_editor_reopens_a_published_case_with_a_reason_and_it_returns_to_the_queue_unassigned()
    {
        CaseDecider.Decide(new ReopenCase(CaseId, "", "erin", T0), Published()).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.InvalidCommand);

        var reopened = CaseDecider.Decide(new ReopenCase(CaseId, "Speaker sent a correction.", "erin", T0), Published()).Events
            .ShouldHaveSingleItem().ShouldBeOfType<CaseReopened>();
        var state = Published().Apply(reopened);

        state.State.ShouldBe(CaseState.Open);
        state.Assignee.ShouldBeNull();
        state.Proposal.ShouldBeNull();
        state.LastReopenReason.ShouldBe("Speaker sent a correction.");
        state.Published.ShouldNotBeNull();
        CaseDecider.Decide(new TakeCase(CaseId, "bob", T0), state).IsAccepted.ShouldBeTrue();
    }

    [Fact]
    public void Applying_an_event_returns_a_new_case_and_leaves_the_loaded_one_untouched()
    {
        var before = Open();

        var after = before.Apply(new ReviewStarted(CaseId, "alice", T0));

        ReferenceEquals(before, after).ShouldBeFalse();
        before.State.ShouldBe(CaseState.Open);
        before.Assignee.ShouldBeNull();
    }

    [Fact]
    public void A_command_for_another_case_is_rejected()
    {
        CaseDecider.Decide(new TakeCase(Guid.NewGuid(), "bob", T0), Open()).Rejection!.Kind.ShouldBe(CaseRejectionKind.WrongCase);
    }

    [Fact]
    public void A_command_without_an_acting_user_is_invalid()
    {
        CaseDecider.Decide(new TakeCase(CaseId, " ", T0), Open()).Rejection!.Kind.ShouldBe(CaseRejectionKind.InvalidCommand);
    }

    [Fact]
    public void The_full_review_walks_from_flagged_to_published_through_a_send_back()
    {
        Case? state = Open();
        CaseCommand[] commands =
        [
            new TakeCase(CaseId, "alice", T0),
            new ProposeVerdict(CaseId, Verdict.Contradicted, "Opposite claims.", [], "alice", T0),
            new SendBackVerdict(CaseId, "Add the date of the second statement.", "erin", T0),
            new ProposeVerdict(CaseId, Verdict.Contradicted, "Opposite claims, a week apart.", [], "alice", T0),
            new ApproveVerdict(CaseId, "erin", T0),
            new PublishVerdict(CaseId, null, "erin", T0),
        ];

        foreach (var command in commands)
        {
            var decision = CaseDecider.Decide(command, state);
            decision.IsAccepted.ShouldBeTrue(decision.Rejection?.Detail);
            state = decision.Events.Aggregate(state, (current, e) => Evolve(current!, e));
        }

        state!.State.ShouldBe(CaseState.Published);
        state.Published!.Rationale.ShouldBe("Opposite claims, a week apart.");
    }

    private static Case Evolve(Case state, object e) => e switch
    {
        ReviewStarted x => state.Apply(x),
        VerdictProposed x => state.Apply(x),
        VerdictApproved x => state.Apply(x),
        VerdictSentBack x => state.Apply(x),
        VerdictPublished x => state.Apply(x),
        CaseReopened x => state.Apply(x),
        _ => throw new ArgumentOutOfRangeException(nameof(e)),
    };

    [Fact]
    [Trait("Category", "Faults")]
    public void Four_eyes_compares_user_ids_so_another_name_does_not_make_another_person()
    {
        var ann = Guid.Parse("00000000-0000-7000-8000-0000000000a1");
        var proposed = CaseDecider.Decide(new ProposeVerdict(CaseId, Verdict.Contradicted, "Both cannot be true.", [], "ann", T0) { ActorId = ann },
            InReviewBy("ann", ann)).Events.ShouldHaveSingleItem().ShouldBeOfType<VerdictProposed>();
        proposed.ProposedById.ShouldBe(ann);
        var state = InReviewBy("ann", ann).Apply(proposed);

        CaseDecider.Decide(new ApproveVerdict(CaseId, "renamed-ann", T0) { ActorId = ann }, state).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.SameUserAsProposer);
        var approved = CaseDecider.Decide(new ApproveVerdict(CaseId, "erin", T0) { ActorId = Guid.NewGuid() }, state);
        approved.Rejection.ShouldBeNull();
        approved.Events.ShouldHaveSingleItem().ShouldBeOfType<VerdictApproved>().ApprovedById.ShouldNotBeNull();
    }

    [Theory]
    [Trait("Category", "Faults")]
    [InlineData("ann\u200B")]
    [InlineData("\u202Eann")]
    [InlineData("ANN")]
    [InlineData("ａｎｎ")]
    public void A_look_alike_name_cannot_approve_a_proposal_stored_before_users_had_ids(string escaped)
    {
        var lookAlike = System.Text.RegularExpressions.Regex.Unescape(escaped);

        CaseDecider.Decide(new ApproveVerdict(CaseId, lookAlike, T0) { ActorId = Guid.NewGuid() }, Proposed("ann")).Rejection!.Kind
            .ShouldBe(CaseRejectionKind.SameUserAsProposer);
    }

    [Fact]
    [Trait("Category", "Faults")]
    public void Only_the_assignee_by_id_may_propose()
    {
        var ann = Guid.NewGuid();
        var command = new ProposeVerdict(CaseId, Verdict.Contradicted, "Both cannot be true.", [], "ann", T0) { ActorId = Guid.NewGuid() };

        CaseDecider.Decide(command, InReviewBy("ann", ann)).Rejection!.Kind.ShouldBe(CaseRejectionKind.NotTheAssignee);
        CaseDecider.Decide(command with { ActorId = ann }, InReviewBy("ann", ann)).Rejection.ShouldBeNull();
    }

    private static Case InReviewBy(string name, Guid id) => Open().Apply(new ReviewStarted(CaseId, name, T0.AddMinutes(1), id));
}
