package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.Rejection;
import io.outturn.events.EventMetadata;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import io.outturn.values.Target;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

class IndicatorTargetTest {

    private static final TargetWithdrawnEvent WITHDRAWN_2011_12 =
            new TargetWithdrawnEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000",
                    Justification.other("NI130 dropped from the national set"), NOW);
    private static final GivenJustification CABINET_REBASELINE =
            new GivenJustification(ReasonCode.REBASELINE, REBASELINED, CABINET_MINUTE_45);

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    @Test
    void settingTheFirstTargetForAYearNeedsNoReasonAndHasNoPrevious() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null, NOW, null))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void settingTargetsForTwoYearsKeepsThemApart() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, null, 2L))
                .expectEvents(new TargetSetEvent(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, null, null, NOW, null))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void settingTheSameTargetAndPrintedTextAgainEmitsNothing() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, new Target.AtLeast(new BigDecimal("12000.0"), true),
                        "12,000", null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 2, false));
    }

    @Test
    void revisingATargetWithoutAReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingATargetWithABlankReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", because("   "), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingATargetWithACodeAndADecisionButNoReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000",
                        new GivenJustification(ReasonCode.REBASELINE, null, CABINET_MINUTE_45), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "import", "  too short  "})
    void revisingATargetWithAReasonShorterThanTheMinimumIsRejected(String reason) {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", because(reason), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void changingOnlyThePrintedTextIsARevisionThatNeedsAReason() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000 people", null, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingATargetWithAReasonRecordsWhatItReplacedAndWhy() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000",
                        because("Personal budgets for everyone eligible brought forward"), null, 2L))
                .expectEvents(GenericEventMessage.asEventMessage(new TargetSetEvent(ID, FY_2011_12,
                                FOURTEEN_THOUSAND, "14,000", TWELVE_THOUSAND, "12,000",
                                Justification.other("Personal budgets for everyone eligible brought forward"), NOW,
                                null))
                        .withMetaData(MetaData.with(EventMetadata.REASON,
                                "Personal budgets for everyone eligible brought forward")))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void revisingATargetRecordsItsReasonCodeTheDecisionAndWhenTheDecisionTookEffect() {
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new SetTargetCommand(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000", CABINET_REBASELINE,
                        CABINET_MET, 2L))
                .expectEvents(GenericEventMessage.asEventMessage(new TargetSetEvent(ID, FY_2011_12,
                                THIRTEEN_THOUSAND, "13,000", TWELVE_THOUSAND, "12,000",
                                new Justification(ReasonCode.REBASELINE, REBASELINED, CABINET_MINUTE_45), CABINET_MET,
                                null))
                        .withMetaData(MetaData.with(EventMetadata.REASON, REBASELINED)))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"REPHASING", "DEFINITION_CHANGE", "DATA_RESTATEMENT"})
    void revisingATargetWithACodeThatDoesNotFitATargetIsRejected(ReasonCode code) {
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new SetTargetCommand(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000",
                        new GivenJustification(code, REBASELINED, null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void aTargetTakingEffectLaterThanNowIsRejected() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null,
                        NOW.plusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aTargetMayTakeEffectExactlyNow() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, NOW, null))
                .expectEvents(new TargetSetEvent(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000", null, null, null, NOW, null));
    }

    @Test
    void aRevisionTakingEffectBeforeTheTargetItReplacesIsRejected() {
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new SetTargetCommand(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000", CABINET_REBASELINE,
                        PLAN_APPROVED.minusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aRevisionMayTakeEffectTheMomentTheTargetItReplacesDid() {
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new SetTargetCommand(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000", CABINET_REBASELINE,
                        PLAN_APPROVED, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000", TWELVE_THOUSAND,
                        "12,000", new Justification(ReasonCode.REBASELINE, REBASELINED, CABINET_MINUTE_45),
                        PLAN_APPROVED, null));
    }

    @Test
    void aTargetRecordedBeforeEffectiveDatesTookEffectWhenItWasRecorded() {
        Instant recorded = Instant.parse("2011-04-05T10:00:00Z");
        fixture.givenCurrentTime(recorded)
                .andGiven(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, THIRTEEN_THOUSAND, "13,000", CABINET_REBASELINE,
                        CABINET_MET, null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aTargetRevisedBeforeReasonCodesWithTheReasonXStillLoadsAndCanBeRevisedAgain() {
        TargetSetEvent revisedWithX = new TargetSetEvent(ID, FY_2011_12, new Target.AtLeast(new BigDecimal("9000"),
                true), "9,000", TWELVE_THOUSAND, "12,000", Justification.other("x"), null, null);
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), revisedWithX)
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000",
                        because("The revision to 9,000 was keyed in error"), null, 3L))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000",
                        new Target.AtLeast(new BigDecimal("9000"), true), "9,000",
                        Justification.other("The revision to 9,000 was keyed in error"), NOW, null))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void settingATargetAfterItsWithdrawalIsAFreshSetNeedingNoReason() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), WITHDRAWN_2011_12)
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null, null, null, NOW, null))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void settingATargetAgainCannotTakeEffectBeforeItsWithdrawalDid() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), WITHDRAWN_2011_12)
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", null,
                        NOW.minus(Duration.ofDays(1)), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aMilestoneTargetIsAcceptedForACountIndicator() {
        Target completeRollOut = new Target.Milestone("Complete roll out");
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2011_12, completeRollOut, "Complete roll out", null, null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2011_12, completeRollOut, "Complete roll out", null, null,
                        null, NOW, null))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void aToBeConfirmedTargetCanLaterBeRevisedToAFigure() {
        fixture.given(defined(), targetSet(FY_2012_13, new Target.ToBeConfirmed(), "tbc"))
                .when(new SetTargetCommand(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000",
                        because("Target agreed by the department"), null, null))
                .expectEvents(new TargetSetEvent(ID, FY_2012_13, FOURTEEN_THOUSAND, "14,000",
                        new Target.ToBeConfirmed(), "tbc", Justification.other("Target agreed by the department"), NOW,
                        null))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void settingATargetWithoutAYearIsRejected() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, null, TWELVE_THOUSAND, "12,000", null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "fy"))
                .expectNoEvents();
    }

    @Test
    void settingAnEmptyTargetIsRejected() {
        fixture.given(defined())
                .when(new SetTargetCommand(ID, FY_2011_12, null, "12,000", null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "target"))
                .expectNoEvents();
    }

    @Test
    void settingATargetAgainstAStaleVersionIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new SetTargetCommand(ID, FY_2011_12, FOURTEEN_THOUSAND, "14,000", because("Revised by Cabinet"),
                        null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void settingATargetOnAnUndefinedIndicatorFailsAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new SetTargetCommand(ID, FY_2011_12, TWELVE_THOUSAND, "12,000", null, null, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetRecordsWhatWasInForceAndWhy() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, because("NI130 dropped from the national set"), null,
                        2L))
                .expectEvents(GenericEventMessage.asEventMessage(WITHDRAWN_2011_12)
                        .withMetaData(MetaData.with(EventMetadata.REASON, "NI130 dropped from the national set")))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void withdrawingATargetRecordsItsReasonCodeTheDecisionAndWhenItTookEffect() {
        GivenJustification dropped = new GivenJustification(ReasonCode.POLICY_CHANGE,
                "National indicator set abolished", CABINET_MINUTE_45);
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new WithdrawTargetCommand(ID, FY_2011_12, dropped, CABINET_MET, null))
                .expectEvents(new TargetWithdrawnEvent(ID, FY_2011_12, TWELVE_THOUSAND, "12,000",
                        new Justification(ReasonCode.POLICY_CHANGE, "National indicator set abolished",
                                CABINET_MINUTE_45), CABINET_MET));
    }

    @Test
    void withdrawingATargetWithoutAReasonIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, null, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetWithAReasonShorterThanTheMinimumIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, because("Dropped"), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetAsRephasingIsRejected() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, new GivenJustification(ReasonCode.REPHASING,
                        "NI130 dropped from the national set", null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetLaterThanNowIsRejected() {
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new WithdrawTargetCommand(ID, FY_2011_12, because("NI130 dropped from the national set"),
                        NOW.plus(Duration.ofDays(1)), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetBeforeItTookEffectIsRejected() {
        fixture.given(defined(), twelveThousandSetWithThePlan())
                .when(new WithdrawTargetCommand(ID, FY_2011_12, because("NI130 dropped from the national set"),
                        PLAN_APPROVED.minus(Duration.ofDays(1)), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAYearWithoutATargetIsRejectedAsNotFound() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2012_13, because("Not needed any more"), null, null))
                .expectException(rejectedWith(Rejection.Code.TARGET_NOT_FOUND, "fy"))
                .expectNoEvents();
    }

    @Test
    void withdrawingATargetTwiceIsRejectedAsNotFound() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"), WITHDRAWN_2011_12)
                .when(new WithdrawTargetCommand(ID, FY_2011_12, because("Withdrawn again"), null, null))
                .expectException(rejectedWith(Rejection.Code.TARGET_NOT_FOUND, "fy"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAgainstAStaleVersionIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new WithdrawTargetCommand(ID, FY_2011_12, because("Dropped from the plan"), null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }
}
