package io.outturn.command.savings;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.Rejection;
import io.outturn.events.EventMetadata;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.Justification;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import io.outturn.values.SavingsProfile;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

import static io.outturn.command.indicator.Rejections.rejectedWith;
import static io.outturn.command.savings.Seed001Savings.*;

/** Revising, withdrawing and reporting delivery of seed 001's "Reablement & Homecare - service" line. */
class SavingsLineTest {

    /** £300,000 of 2011-12's saving slips into 2012-13: £2,000,000 is still saved over the programme. */
    private static final SavingsProfile SLIPPED = profile("1000000", "1000000", "0");
    private static final String RETENDER_SLIPPED = "Homecare retender slipped into 2012-13";
    private static final SavingsLineRevisedEvent REVISED = new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE,
            REABLEMENT_SERVICE_PROFILE, SLIPPED, Justification.other(RETENDER_SLIPPED), NOW);
    private static final SavingsLineWithdrawnEvent WITHDRAWN = new SavingsLineWithdrawnEvent(ID, REABLEMENT_SERVICE,
            REABLEMENT_SERVICE_PROFILE, Justification.other("Merged into line 3"), NOW);
    private static final SavingsDeliveryRecordedEvent Q4_DELIVERED = new SavingsDeliveryRecordedEvent(ID,
            REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4, Money.of("1150000"), Rag.AMBER, "Homecare retender late", NOW);
    /** When the budget that set the programme's lines was agreed: February 2011 (seed 001). */
    private static final Instant BUDGET_AGREED = Instant.parse("2011-02-01T00:00:00Z");

    private FixtureConfiguration<SavingsProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static RecordSavingsDeliveryCommand deliver(FinancialYear fy, Quarter quarter,
                                                        Money achieved, Rag rag, String note) {
        return new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, fy, quarter, achieved, rag, note, null, null);
    }

    @Test
    void revisingALineWithAReasonRecordsThePreviousAndNewProfileAndWhy() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, because(RETENDER_SLIPPED), null,
                        2L))
                .expectEvents(GenericEventMessage.asEventMessage(REVISED)
                        .withMetaData(MetaData.with(EventMetadata.REASON, RETENDER_SLIPPED)))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, true));
    }

    @Test
    void aSecondRevisionReplacesTheRevisedProfile() {
        SavingsProfile deferred = profile("1000000", "700000", "300000");
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, deferred, because("Further slippage into 2013-14"), null, 3L))
                .expectEvents(new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE, SLIPPED, deferred,
                        Justification.other("Further slippage into 2013-14"), NOW))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 4, true));
    }

    @Test
    void revisingALineWithoutAReasonIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, null, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingALineToTheSameProfileEmitsNothing() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE,
                        profile("1300000.00", "700000", "0.0"), null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 2, false));
    }

    @Test
    void revisingAnUnknownLineIsRejectedAsNotFound() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_RESTRUCTURE, SLIPPED, because("Slipped"), null, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId"))
                .expectNoEvents();
    }

    @Test
    void revisingAWithdrawnLineIsRejected() {
        fixture.given(created(), reablementServiceAdded(), WITHDRAWN)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, because("Slipped"), null, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_WITHDRAWN, "lineId"))
                .expectNoEvents();
    }

    @Test
    void revisingALineIntoAYearOutsideTheProgrammeIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SavingsProfile.of(Map.of(
                        FY_2011_12, Money.of("1300000"), FY_2014_15, Money.of("700000"))), because("Slipped"), null, null))
                .expectException(rejectedWith(Rejection.Code.FY_NOT_IN_PROGRAMME, "profile"))
                .expectNoEvents();
    }

    @Test
    void revisingALineToANegativeAmountIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, profile("1300000", "700000", "-1"),
                        because("Overspend"), null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "profile"))
                .expectNoEvents();
    }

    @Test
    void revisingALineAgainstAStaleVersionIsAConflict() {
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE, because("Back"), null, 2L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void withdrawingALineRecordsTheProfileItHadAndWhy() {
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, because("Merged into line 3"), null, 3L))
                .expectEvents(GenericEventMessage.asEventMessage(new SavingsLineWithdrawnEvent(ID, REABLEMENT_SERVICE,
                                SLIPPED, Justification.other("Merged into line 3"), NOW))
                        .withMetaData(MetaData.with(EventMetadata.REASON, "Merged into line 3")))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 4, true));
    }

    @Test
    void withdrawingALineWithoutAReasonIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, because(""), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAWithdrawnLineAgainEmitsNothing() {
        fixture.given(created(), reablementServiceAdded(), WITHDRAWN)
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, false));
    }

    @Test
    void withdrawingAnUnknownLineIsRejectedAsNotFound() {
        fixture.given(created())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, because("Not needed"), null, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAgainstAStaleVersionIsAConflict() {
        fixture.given(created(), reablementServiceAdded())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, because("Not needed"), null, 3L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryForAnEndedQuarterRecordsIt() {
        fixture.given(created(), reablementServiceAdded())
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1150000"), Rag.AMBER, "Homecare retender late"))
                .expectEvents(Q4_DELIVERED)
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, true));
    }

    @Test
    void recordingTheSameDeliveryAgainEmitsNothing() {
        fixture.given(created(), reablementServiceAdded(), Q4_DELIVERED)
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1150000.00"), Rag.AMBER, "Homecare retender late"))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, false));
    }

    @Test
    void recordingADifferentDeliveryForTheSameQuarterRecordsIt() {
        fixture.given(created(), reablementServiceAdded(), Q4_DELIVERED)
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1300000"), Rag.GREEN, null))
                .expectEvents(new SavingsDeliveryRecordedEvent(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                        Money.of("1300000"), Rag.GREEN, null, NOW))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 4, true));
    }

    @Test
    void recordingDeliveryForAQuarterThatHasNotEndedIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(deliver(FY_2012_13, Quarter.Q2, Money.of("350000"), Rag.GREEN, null))
                .expectException(rejectedWith(Rejection.Code.QUARTER_NOT_ENDED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryForAYearOutsideTheProgrammeIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(deliver(FinancialYear.parse("2010-11"), Quarter.Q4, Money.of("100000"), Rag.GREEN, null))
                .expectException(rejectedWith(Rejection.Code.FY_NOT_IN_PROGRAMME, "fy"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryWithoutAnAmountIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(deliver(FY_2011_12, Quarter.Q4, null, Rag.GREEN, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "achievedToDate"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryWithoutARagIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1150000"), null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "rag"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryJudgedGreyIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1150000"), Rag.GREY, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "rag"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryForAnUnknownLineIsRejectedAsNotFound() {
        fixture.given(created())
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1150000"), Rag.AMBER, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryForAWithdrawnLineIsRejected() {
        fixture.given(created(), reablementServiceAdded(), WITHDRAWN)
                .when(deliver(FY_2011_12, Quarter.Q4, Money.of("1150000"), Rag.AMBER, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_WITHDRAWN, "lineId"))
                .expectNoEvents();
    }

    @Test
    void recordingDeliveryAgainstAStaleVersionIsAConflict() {
        fixture.given(created(), reablementServiceAdded())
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                        Money.of("1150000"), Rag.AMBER, null, null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void eventsAppliedByALineCountTowardsTheProgrammesVersion() {
        fixture.given(created(), reablementServiceAdded(), REVISED, Q4_DELIVERED)
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2012_13, Quarter.Q1,
                        Money.of("250000"), Rag.GREEN, null, null, 4L))
                .expectEvents(new SavingsDeliveryRecordedEvent(ID, REABLEMENT_SERVICE, FY_2012_13, Quarter.Q1,
                        Money.of("250000"), Rag.GREEN, null, NOW))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 5, true));
    }

    @Test
    void eventsOfOneLineLeaveTheOtherLinesAlone() {
        SavingsProfile tradingStandards = SavingsProfile.of(Map.of(FY_2011_12, Money.of("520000")));
        fixture.given(created(), reablementServiceAdded(),
                        new SavingsLineAddedEvent(ID, TRADING_STANDARDS_STAFFING, "2",
                                "Trading Standards – Staffing reductions", PUBLIC_PROTECTION, tradingStandards, null),
                        REVISED)
                .when(new WithdrawSavingsLineCommand(ID, TRADING_STANDARDS_STAFFING, because("Service transferred to the district councils"), null, 4L))
                .expectEvents(new SavingsLineWithdrawnEvent(ID, TRADING_STANDARDS_STAFFING, tradingStandards,
                        Justification.other("Service transferred to the district councils"), NOW))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 5, true));
    }

    @Test
    void revisingALineWithAReasonShorterThanTheMinimumIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, because("import"), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void movingSavingsBetweenYearsIsRephasing() {
        Decision cabinet = new Decision("Cabinet 7 December 2011, minute 112", "Cabinet", null,
                URI.create("https://www.nottinghamshire.gov.uk/dms/Meetings"));
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED,
                        new GivenJustification(ReasonCode.REPHASING, RETENDER_SLIPPED, cabinet), null, null))
                .expectEvents(new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE, SLIPPED,
                        new Justification(ReasonCode.REPHASING, RETENDER_SLIPPED, cabinet), NOW));
    }

    @Test
    void aRevisionThatChangesWhatIsSavedOverallIsNotRephasing() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, profile("1000000", "700000", "0"),
                        new GivenJustification(ReasonCode.REPHASING, RETENDER_SLIPPED, null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"DEFINITION_CHANGE", "DATA_RESTATEMENT"})
    void revisingALineWithACodeThatDoesNotFitASavingsLineIsRejected(ReasonCode code) {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED,
                        new GivenJustification(code, RETENDER_SLIPPED, null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void withdrawingALineAsRephasingIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE,
                        new GivenJustification(ReasonCode.REPHASING, "Merged into line 3", null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void withdrawingALineWithAReasonShorterThanTheMinimumIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, because("x"), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void aLineMayTakeEffectWhenTheBudgetWasAgreed() {
        fixture.given(created())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, BUDGET_AGREED, null))
                .expectEvents(new SavingsLineAddedEvent(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, BUDGET_AGREED));
    }

    @Test
    void aLineTakingEffectLaterThanNowIsRejected() {
        fixture.given(created())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, NOW.plusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aRevisionTakingEffectBeforeTheProfileItReplacesIsRejected() {
        SavingsLineAddedEvent addedWithTheBudget = new SavingsLineAddedEvent(ID, REABLEMENT_SERVICE, "2",
                "Reablement & Homecare - service", ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, BUDGET_AGREED);
        fixture.given(created(), addedWithTheBudget)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, because(RETENDER_SLIPPED),
                        BUDGET_AGREED.minusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawalTakingEffectBeforeTheRevisionItEndsIsRejected() {
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, because("Merged into line 3"),
                        NOW.minusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aLineAddedBeforeEffectiveDatesTookEffectWhenItWasRecorded() {
        Instant recorded = Instant.parse("2011-04-01T09:00:00Z");
        fixture.givenCurrentTime(recorded)
                .andGiven(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, because(RETENDER_SLIPPED),
                        BUDGET_AGREED, null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void deliveryMayTakeEffectWhenItsFigureWasPublished() {
        Instant published = Instant.parse("2012-05-15T00:00:00Z");
        fixture.given(created(), reablementServiceAdded())
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                        Money.of("1150000"), Rag.AMBER, "Homecare retender late", published, null))
                .expectEvents(new SavingsDeliveryRecordedEvent(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                        Money.of("1150000"), Rag.AMBER, "Homecare retender late", published));
    }

    @Test
    void deliveryTakingEffectLaterThanNowIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                        Money.of("1150000"), Rag.AMBER, null, NOW.plusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aRestatedDeliveryTakingEffectBeforeTheFigureItReplacesIsRejected() {
        fixture.given(created(), reablementServiceAdded(), Q4_DELIVERED)
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4,
                        Money.of("1300000"), Rag.GREEN, null, NOW.minusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }
}
