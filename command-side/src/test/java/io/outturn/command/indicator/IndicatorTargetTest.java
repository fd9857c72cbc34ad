package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.Rejection;
import io.outturn.command.domain.RevisionApproval;
import io.outturn.events.EventMetadata;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Target;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

class IndicatorTargetTest {

    private static final TargetWithdrawnEvent WITHDRAWN_2011_12 =
            new TargetWithdrawnEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000");

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
        // Targets are set and withdrawn on a date, under the rule for who must approve (none, the default).
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(RevisionApproval.NONE);
    }

    @Test
    void settingTheFirstTargetForAYearNeedsNoReasonAndHasNoPrevious() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void settingTargetsForTwoYearsKeepsThemApart() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, 2L))
                .expectEvents(new TargetSetEvent(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, null))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void settingTheSameTargetAndPrintedTextAgainEmitsNothing() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, new Target.AtLeast(new BigDecimal("12000.0"), true),
                        "12,000", null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 2, false));
    }

    @Test
    void revisingATargetWithoutAReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingATargetWithABlankReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", "   ", null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void changingOnlyThePrintedTextIsARevisionThatNeedsAReason() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000 people", null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingATargetWithAReasonRecordsWhatItReplacedAndWhy() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000",
                        "Personal budgets for everyone eligible brought forward", 2L))
                .expectEvents(GenericEventMessage.asEventMessage(new TargetSetEvent(ID, FY_2011_12,
                                FOURTEEN_THOUSAND, "14,000", TWELVE_THOUSAND, "12,000"))
                        .withMetaData(MetaData.with(EventMetadata.REASON,
                                "Personal budgets for everyone eligible brought forward")))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void settingATargetAfterItsWithdrawalIsAFreshSetNeedingNoReason() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), WITHDRAWN_2011_12)
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void aMilestoneTargetIsAcceptedForACountIndicator() {
        Target completeRollOut = new Target.Milestone("Complete roll out");
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2011_12, completeRollOut, "Complete roll out", null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, completeRollOut, "Complete roll out", null, null))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void aToBeConfirmedTargetCanLaterBeRevisedToAFigure() {
        fixture.given(defined(), targetSet(FY_2012_13, new Target.ToBeConfirmed(), "tbc"))
                .when(new SetTargetCommand(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", "Target agreed", null))
                .expectEvents(new TargetSetEvent(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000",
                        new Target.ToBeConfirmed(), "tbc"))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void settingATargetWithoutAYearIsRejected() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, null, TWELVE_THOUSAND, "12,000", null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "fy"))
                .expectNoEvents();
    }

    @Test
    void settingAnEmptyTargetIsRejected() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2011_12, null, "12,000", null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "target"))
                .expectNoEvents();
    }

    @Test
    void settingATargetAgainstAStaleVersionIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", "Revised", 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void settingATargetOnAnUndefinedIndicatorFailsAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetRecordsWhatWasInForceAndWhy() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, "NI130 dropped from the national set", 2L))
                .expectEvents(GenericEventMessage.asEventMessage(WITHDRAWN_2011_12)
                        .withMetaData(MetaData.with(EventMetadata.REASON, "NI130 dropped from the national set")))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void withdrawingATargetWithoutAReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAYearWithoutATargetIsRejectedAsNotFound() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2012_13, "Not needed", null))
                .expectException(rejectedWith(Rejection.Code.TARGET_NOT_FOUND, "fy"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetTwiceIsRejectedAsNotFound() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), WITHDRAWN_2011_12)
                .when(new WithdrawTargetCommand(ID, FY_2011_12, "Again", null))
                .expectException(rejectedWith(Rejection.Code.TARGET_NOT_FOUND, "fy"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAgainstAStaleVersionIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, "Dropped", 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }
}
