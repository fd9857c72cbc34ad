package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.Rejection;
import io.outturn.command.domain.RevisionApproval;
import io.outturn.events.EventMetadata;
import io.outturn.events.TargetRevisionApprovedEvent;
import io.outturn.events.TargetRevisionProposedEvent;
import io.outturn.events.TargetRevisionRejectedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Justification;
import io.outturn.values.ProposalId;
import io.outturn.values.Target;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static io.outturn.command.indicator.Ni130.FOURTEEN_THOUSAND;
import static io.outturn.command.indicator.Ni130.FY_2011_12;
import static io.outturn.command.indicator.Ni130.ID;
import static io.outturn.command.indicator.Ni130.TWELVE_THOUSAND;
import static io.outturn.command.indicator.Ni130.defined;
import static io.outturn.command.indicator.Ni130.targetSet;
import static io.outturn.command.indicator.Rejections.rejectedWith;

/**
 * Two people for in-year easing ({@code outturn.revisions.approval=easing-in-year}): NI130's 2011-12 target of 12,000
 * lowered to 9,000 on 20 April 2012, after the year's results, becomes a proposal that a second person approves or
 * rejects.
 */
class TargetApprovalTest {

    private static final Clock AFTER_THE_YEAR = Clock.fixed(Instant.parse("2012-04-20T15:45:00Z"), ZoneId.of("Europe/London"));
    private static final Clock BEFORE_THE_YEAR = Clock.fixed(Instant.parse("2011-03-01T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final RevisionApproval TWO_PEOPLE = new RevisionApproval(RevisionApproval.Mode.EASING_IN_YEAR);
    private static final Target NINE_THOUSAND = new Target.AtLeast(new BigDecimal("9000"), true);
    private static final ProposalId PROPOSAL = ProposalId.of("p-1");
    private static final String WHY = "Demand fell after the eligibility review";
    private static final GivenJustification SUPERSEDED = GivenJustification.reason("Superseded by the 2012-15 plan");
    private static final TargetRevisionProposedEvent PROPOSED = new TargetRevisionProposedEvent(ID, FY_2011_12, PROPOSAL,
            NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000", Justification.other(WHY), null);

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    private FixtureConfiguration<Indicator> with(RevisionApproval approval, Clock clock) {
        fixture.registerInjectableResource(approval);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    private static GenericEventMessage<TargetRevisionProposedEvent> proposedBy(String actor) {
        return new GenericEventMessage<>(PROPOSED, MetaData.with(EventMetadata.ACTOR, actor));
    }

    private static SetTargetCommand lowerTo9000(String reason) {
        return new SetTargetCommand(ID, FY_2011_12, NINE_THOUSAND, "9,000", GivenJustification.reason(reason), null,
                null, PROPOSAL);
    }

    /** A revision as the approval records it: in effect from when it was approved, naming the proposal. */
    private static TargetSetEvent approvedRevision(Instant effectiveFrom) {
        return new TargetSetEvent(ID, FY_2011_12, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000",
                Justification.other(WHY), effectiveFrom, PROPOSAL);
    }

    @Test
    void easingATargetOfAYearUnderWayIsAProposalThatChangesNothingYet() {
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(lowerTo9000(WHY))
                .expectEvents(PROPOSED)
                .expectResultMessagePayload(new CommandResult("NI130", 3, true, PROPOSAL))
                .expectState(indicator -> {
                    assert indicator.state().target(FY_2011_12).target().equals(TWELVE_THOUSAND);
                    assert indicator.state().year(FY_2011_12).pending().id().equals(PROPOSAL);
                });
    }

    @Test
    void aProposalNeedsAReasonLikeAnyRevision() {
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(lowerTo9000(null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void raisingATargetInYearTakesEffectAtOnce() {
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000",
                        GivenJustification.reason("Cabinet agreed a stretch"), null, null, PROPOSAL))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", TWELVE_THOUSAND, "12,000",
                        Justification.other("Cabinet agreed a stretch"), AFTER_THE_YEAR.instant(), null))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void easingBeforeTheYearBeginsOrWithTheRuleOffTakesEffectAtOnce() {
        with(TWO_PEOPLE, BEFORE_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(lowerTo9000(WHY))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000",
                        Justification.other(WHY), BEFORE_THE_YEAR.instant(), null));
        setUp();
        with(RevisionApproval.NONE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(lowerTo9000(WHY))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000",
                        Justification.other(WHY), AFTER_THE_YEAR.instant(), null));
    }

    @Test
    void aProposalNeedsAReasonThatSaysSomething() {
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(lowerTo9000("x"))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void anotherPersonsApprovalPutsTheProposedTargetInForceNamingTheProposal() {
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"))
                .when(new ApproveTargetRevisionCommand(ID, FY_2011_12, PROPOSAL, 3L),
                        Map.of(EventMetadata.ACTOR, "approver"))
                .expectEvents(new TargetRevisionApprovedEvent(ID, FY_2011_12, PROPOSAL),
                        approvedRevision(AFTER_THE_YEAR.instant()))
                .expectResultMessagePayload(new CommandResult("NI130", 5, true))
                .expectState(indicator -> {
                    assert indicator.state().target(FY_2011_12).target().equals(NINE_THOUSAND);
                    assert indicator.state().year(FY_2011_12).pending() == null;
                });
    }

    @Test
    void theProposerMayNotApproveTheirOwnProposal() {
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"))
                .when(new ApproveTargetRevisionCommand(ID, FY_2011_12, PROPOSAL, null),
                        Map.of(EventMetadata.ACTOR, "manager"))
                .expectException(rejectedWith(Rejection.Code.OWN_PROPOSAL, "proposalId"))
                .expectNoEvents();
    }

    @Test
    void aRejectionWithAReasonDropsTheProposalAndTheTargetStays() {
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"))
                .when(new RejectTargetRevisionCommand(ID, FY_2011_12, PROPOSAL,
                                GivenJustification.reason("Cabinet has not agreed it"), null),
                        Map.of(EventMetadata.ACTOR, "approver"))
                .expectEvents(new TargetRevisionRejectedEvent(ID, FY_2011_12, PROPOSAL,
                        Justification.other("Cabinet has not agreed it")))
                .expectState(indicator -> {
                    assert indicator.state().target(FY_2011_12).target().equals(TWELVE_THOUSAND);
                    assert indicator.state().year(FY_2011_12).pending() == null;
                });
    }

    @Test
    void aRejectionNeedsAReason() {
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"))
                .when(new RejectTargetRevisionCommand(ID, FY_2011_12, PROPOSAL, GivenJustification.reason(" "), null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void aProposalThatIsNotWaitingCannotBeApprovedOrRejected() {
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"),
                        proposedBy("manager"), new TargetRevisionRejectedEvent(ID, FY_2011_12, PROPOSAL,
                                Justification.other("Cabinet has not agreed it")))
                .when(new ApproveTargetRevisionCommand(ID, FY_2011_12, PROPOSAL, null),
                        Map.of(EventMetadata.ACTOR, "approver"))
                .expectException(rejectedWith(Rejection.Code.PROPOSAL_NOT_FOUND, "proposalId"));
        setUp();
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new RejectTargetRevisionCommand(ID, FY_2011_12, ProposalId.of("nothing"),
                        GivenJustification.reason("Cabinet has not agreed it"), null))
                .expectException(rejectedWith(Rejection.Code.PROPOSAL_NOT_FOUND, "proposalId"));
    }

    @Test
    void theSameProposalSentAgainIsAnsweredAgainAndAnotherWaitsForTheFirstToBeDecided() {
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"))
                .when(new SetTargetCommand(ID, FY_2011_12, NINE_THOUSAND, "9,000", GivenJustification.reason(WHY), null,
                        null, ProposalId.of("p-2")))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 3, false, PROPOSAL));
        setUp();
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"))
                .when(new SetTargetCommand(ID, FY_2011_12, new Target.AtLeast(new BigDecimal("10000"), true),
                        "10,000", GivenJustification.reason(WHY), null, null, ProposalId.of("p-2")))
                .expectException(rejectedWith(Rejection.Code.PROPOSAL_PENDING, "fy"))
                .expectNoEvents();
    }

    @Test
    void aProposalWhoseTargetHasSinceChangedCannotBeApproved() {
        with(TWO_PEOPLE, AFTER_THE_YEAR)
                .given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), proposedBy("manager"),
                        new TargetSetEvent(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", TWELVE_THOUSAND, "12,000",
                                Justification.other("Cabinet agreed a stretch"), null, null))
                .when(new ApproveTargetRevisionCommand(ID, FY_2011_12, PROPOSAL, null),
                        Map.of(EventMetadata.ACTOR, "approver"))
                .expectException(rejectedWith(Rejection.Code.PROPOSAL_OUTDATED, "proposalId"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetInYearIsRefusedWhereEasingNeedsASecondPerson() {
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, SUPERSEDED, null, null))
                .expectException(rejectedWith(Rejection.Code.APPROVAL_REQUIRED, "fy"))
                .expectNoEvents();
        setUp();
        with(TWO_PEOPLE, AFTER_THE_YEAR).given(defined(), targetSet(FY_2011_12, new Target.ToBeConfirmed(), "tbc"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, SUPERSEDED, null, null))
                .expectEvents(new TargetWithdrawnEvent(ID, FY_2011_12, new Target.ToBeConfirmed(), "tbc",
                        Justification.other(SUPERSEDED.reason()), AFTER_THE_YEAR.instant()));
    }
}
