package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.Rejection;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Assessment;
import io.outturn.values.Target;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

/** Seed 001's carers' RAS milestone: "Complete roll out" in 2011-12, "Monitor & amend" after. */
class MilestoneAssessmentTest {

    private static final Target COMPLETE_ROLL_OUT = new Target.Milestone("Complete roll out");
    private static final Target MONITOR_AND_AMEND = new Target.Milestone("Monitor & amend");
    private static final TargetSetEvent ROLL_OUT_SET = targetSet(FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out");
    private static final MilestoneAssessedEvent PARTIALLY =
            new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, null, "Two areas remain");

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    @Test
    void assessingAMilestoneForTheFirstTimeHasNoPrevious() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, 2L))
                .expectEvents(PARTIALLY)
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void reassessingAMilestoneRecordsTheAssessmentItReplaces() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null))
                .expectEvents(new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.ACHIEVED,
                        Assessment.PARTIALLY_ACHIEVED, null))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void theSameAssessmentAndNoteAgainEmitsNothing() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 3, false));
    }

    @Test
    void theSameAssessmentWithANewNoteIsRecorded() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "One area remains",
                        null, null))
                .expectEvents(new MilestoneAssessedEvent(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED,
                        Assessment.PARTIALLY_ACHIEVED, "One area remains"))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void assessingAfterARevisionToAnotherMilestoneJudgesTheNewMilestoneAfresh() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY,
                        new TargetSetEvent(ID, FY_2011_12, MONITOR_AND_AMEND, "Monitor & amend",
                                COMPLETE_ROLL_OUT, "Complete roll out"))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, 4L))
                .expectEvents(PARTIALLY)
                .expectResultMessagePayload(new CommandResult("NI130", 5, true));
    }

    @Test
    void aRevisionOfThePrintedTextAloneKeepsTheAssessment() {
        fixture.given(defined(), ROLL_OUT_SET, PARTIALLY,
                        new TargetSetEvent(ID, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll-out",
                                COMPLETE_ROLL_OUT, "Complete roll out"))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.PARTIALLY_ACHIEVED, "Two areas remain",
                        null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 4, false));
    }

    @Test
    void assessingAYearWhoseTargetIsNotAMilestoneIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null))
                .expectException(rejectedWith(Rejection.Code.NOT_A_MILESTONE, "fy"))
                .expectNoEvents();
    }

    @Test
    void assessingAYearWithoutATargetIsRejected() {
        fixture.given(defined())
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null))
                .expectException(rejectedWith(Rejection.Code.NOT_A_MILESTONE, "fy"))
                .expectNoEvents();
    }

    @Test
    void assessingAMilestoneWhoseTargetWasWithdrawnIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET,
                        new TargetWithdrawnEvent(ID, FY_2011_12, COMPLETE_ROLL_OUT, "Complete roll out"))
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, null))
                .expectException(rejectedWith(Rejection.Code.NOT_A_MILESTONE, "fy"))
                .expectNoEvents();
    }

    @Test
    void assessingWithoutAnAssessmentIsRejected() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "assessment"))
                .expectNoEvents();
    }

    @Test
    void assessingAgainstAStaleVersionIsAConflict() {
        fixture.given(defined(), ROLL_OUT_SET)
                .when(new AssessMilestoneCommand(ID, FY_2011_12, Assessment.ACHIEVED, null, null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }
}
