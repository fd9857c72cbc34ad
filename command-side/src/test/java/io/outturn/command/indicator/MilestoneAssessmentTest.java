package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.Rejection;
import io.outturn.events.EventMetadata;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Assessment;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

/** Seed 001's carers' RAS milestone: "Complete roll out" in 2011-12, "Monitor & amend" after. */
class MilestoneAssessmentTest {

    private static final Target COMPLETE_ROLL_OUT = new Target.Milestone("Complete roll out");
    private static final Target MONITOR_AND_AMEND = new Target.Milestone("Monitor & amend");
    private static final TargetSetEvent ROLL_OUT_SET = targetSet(FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out");
    /** A first assessment as the aggregate records it at {@link Ni130#CLOCK}: effective then. */
    private static final MilestoneAssessedEvent PARTIALLY =
            new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, null, "Two areas remain", null, NOW);
    /** Seed 001's carers' RAS went live in May 2011 (the plan's action 1). */
    private static final Instant WENT_LIVE = Instant.parse("2011-05-31T00:00:00Z");
    private static final String ALL_AREAS_LIVE = "The last two districts went live in June";

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void assessingAMilestoneForTheFirstTimeHasNoPrevious() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, null, 2L))
                .expectEvents(PARTIALLY)
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void reassessingAMilestoneRecordsTheAssessmentItReplaces() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null, null))
                .expectEvents(new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.ACHIEVED,
                        Assessment.PARTIALLY_ACHIEVED, null, null, NOW))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void theSameAssessmentAndNoteAgainEmitsNothing() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 3, false));
    }

    @Test
    void theSameAssessmentWithANewNoteIsRecorded() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "One area remains",
                        null, null, null))
                .expectEvents(new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED,
                        Assessment.PARTIALLY_ACHIEVED, "One area remains", null, NOW))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void assessingAfterARevisionToAnotherMilestoneJudgesTheNewMilestoneAfresh() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY,
                        new TargetSetEvent(ID, FY_2011_12, MONITOR_AND_AMEND, "Monitor & amend",
                                COMPLETE_ROLL_OUT, "Complete roll out", null, null, null))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, null, 4L))
                .expectEvents(PARTIALLY)
                .expectResultMessagePayload(new CommandResult("NI130", 5, true));
    }

    @Test
    void aRevisionOfThePrintedTextAloneKeepsTheAssessment() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY,
                        new TargetSetEvent(ID, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll-out",
                                COMPLETE_ROLL_OUT, "Complete roll out", null, null, null))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 4, false));
    }

    @Test
    void assessingAYearWhoseTargetIsNotAMilestoneIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.NOT_A_MILESTONE, "fy"))
                .expectNoEvents();
    }

    @Test
    void assessingAYearWithoutATargetIsRejected() {
        fixture.given(defined())
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.NOT_A_MILESTONE, "fy"))
                .expectNoEvents();
    }

    @Test
    void assessingAMilestoneWhoseTargetWasWithdrawnIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET,
                        new TargetWithdrawnEvent(ID, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out", null, null))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.NOT_A_MILESTONE, "fy"))
                .expectNoEvents();
    }

    @Test
    void assessingWithoutAnAssessmentIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, null, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "assessment"))
                .expectNoEvents();
    }

    @Test
    void assessingAgainstAStaleVersionIsAConflict() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void aReassessmentRecordsWhyWhenItSaysSo() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null,
                        new GivenJustification(ReasonCode.DATA_RESTATEMENT, ALL_AREAS_LIVE, null), null, null))
                .expectEvents(new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.ACHIEVED,
                        Assessment.PARTIALLY_ACHIEVED, null,
                        new Justification(ReasonCode.DATA_RESTATEMENT, ALL_AREAS_LIVE, null), NOW));
    }

    @Test
    void aFirstAssessmentRecordsNoJustificationEvenWhenOneIsGiven() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        because(ALL_AREAS_LIVE), null, null))
                .expectEvents(GenericEventMessage.asEventMessage(PARTIALLY)
                        .withMetaData(MetaData.with(EventMetadata.REASON, ALL_AREAS_LIVE)));
    }

    @Test
    void aReassessmentWithAReasonShorterThanTheMinimumIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, because("done"), null,
                        null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"REBASELINE", "POLICY_CHANGE", "REPHASING", "DEFINITION_CHANGE"})
    void aReassessmentWithACodeThatDoesNotFitAJudgementIsRejected(ReasonCode code) {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null,
                        new GivenJustification(code, ALL_AREAS_LIVE, null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void anAssessmentMayTakeEffectWhenTheMilestoneWasMet() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, WENT_LIVE, null))
                .expectEvents(new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null,
                        WENT_LIVE));
    }

    @Test
    void anAssessmentTakingEffectLaterThanNowIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null,
                        NOW.plusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aReassessmentTakingEffectBeforeTheAssessmentItReplacesIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, because(ALL_AREAS_LIVE),
                        WENT_LIVE, null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }
}
