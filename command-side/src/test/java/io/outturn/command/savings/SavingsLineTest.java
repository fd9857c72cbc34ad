package io.outturn.command.savings;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.Rejection;
import io.outturn.events.EventMetadata;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.outturn.command.indicator.Rejections.rejectedWith;
import static io.outturn.command.savings.Seed001Savings.*;

/** Revising, withdrawing and reporting delivery of seed 001's "Reablement & Homecare - service" line. */
class SavingsLineTest {

    /** £300,000 of 2011-12's saving slips into 2012-13. */
    private static final SavingsProfile SLIPPED = profile("1000000", "1000000", "0");
    private static final SavingsLineRevisedEvent REVISED =
            new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE, SLIPPED);
    private static final SavingsLineWithdrawnEvent WITHDRAWN =
            new SavingsLineWithdrawnEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE);
    private static final SavingsDeliveryRecordedEvent Q4_DELIVERED = new SavingsDeliveryRecordedEvent(ID,
            REABLEMENT_SERVICE, FY_2011_12, Quarter.Q4, Money.of("1150000"), Rag.AMBER, "Homecare retender late");

    private FixtureConfiguration<SavingsProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SavingsProgramme.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static RecordSavingsDeliveryCommand deliver(FinancialYear fy, Quarter quarter,
                                                        Money achieved, Rag rag, String note) {
        return new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, fy, quarter, achieved, rag, note, null);
    }

    @Test
    void revisingALineWithAReasonRecordsThePreviousAndNewProfileAndWhy() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED,
                        "Homecare retender slipped into 2012-13", 2L))
                .expectEvents(GenericEventMessage.asEventMessage(REVISED)
                        .withMetaData(MetaData.with(EventMetadata.REASON, "Homecare retender slipped into 2012-13")))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, true));
    }

    @Test
    void aSecondRevisionReplacesTheRevisedProfile() {
        SavingsProfile deferred = profile("1000000", "700000", "300000");
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, deferred, "Further slippage", 3L))
                .expectEvents(new SavingsLineRevisedEvent(ID, REABLEMENT_SERVICE, SLIPPED, deferred))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 4, true));
    }

    @Test
    void revisingALineWithoutAReasonIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void revisingALineToTheSameProfileEmitsNothing() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE,
                        profile("1300000.00", "700000", "0.0"), null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 2, false));
    }

    @Test
    void revisingAnUnknownLineIsRejectedAsNotFound() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_RESTRUCTURE, SLIPPED, "Slipped", null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId"))
                .expectNoEvents();
    }

    @Test
    void revisingAWithdrawnLineIsRejected() {
        fixture.given(created(), reablementServiceAdded(), WITHDRAWN)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SLIPPED, "Slipped", null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_WITHDRAWN, "lineId"))
                .expectNoEvents();
    }

    @Test
    void revisingALineIntoAYearOutsideTheProgrammeIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, SavingsProfile.of(Map.of(
                        FY_2011_12, Money.of("1300000"), FY_2014_15, Money.of("700000"))), "Slipped", null))
                .expectException(rejectedWith(Rejection.Code.FY_NOT_IN_PROGRAMME, "profile"))
                .expectNoEvents();
    }

    @Test
    void revisingALineToANegativeAmountIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, profile("1300000", "700000", "-1"),
                        "Overspend", null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "profile"))
                .expectNoEvents();
    }

    @Test
    void revisingALineAgainstAStaleVersionIsAConflict() {
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new ReviseSavingsLineCommand(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE, "Back", 2L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void withdrawingALineRecordsTheProfileItHadAndWhy() {
        fixture.given(created(), reablementServiceAdded(), REVISED)
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, "Merged into line 3", 3L))
                .expectEvents(GenericEventMessage.asEventMessage(
                                new SavingsLineWithdrawnEvent(ID, REABLEMENT_SERVICE, SLIPPED))
                        .withMetaData(MetaData.with(EventMetadata.REASON, "Merged into line 3")))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 4, true));
    }

    @Test
    void withdrawingALineWithoutAReasonIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, "", null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAWithdrawnLineAgainEmitsNothing() {
        fixture.given(created(), reablementServiceAdded(), WITHDRAWN)
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, false));
    }

    @Test
    void withdrawingAnUnknownLineIsRejectedAsNotFound() {
        fixture.given(created())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, "Not needed", null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_NOT_FOUND, "lineId"))
                .expectNoEvents();
    }

    @Test
    void withdrawingAgainstAStaleVersionIsAConflict() {
        fixture.given(created(), reablementServiceAdded())
                .when(new WithdrawSavingsLineCommand(ID, REABLEMENT_SERVICE, "Not needed", 3L))
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
                        Money.of("1300000"), Rag.GREEN, null))
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
                        Money.of("1150000"), Rag.AMBER, null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void eventsAppliedByALineCountTowardsTheProgrammesVersion() {
        fixture.given(created(), reablementServiceAdded(), REVISED, Q4_DELIVERED)
                .when(new RecordSavingsDeliveryCommand(ID, REABLEMENT_SERVICE, FY_2012_13, Quarter.Q1,
                        Money.of("250000"), Rag.GREEN, null, 4L))
                .expectEvents(new SavingsDeliveryRecordedEvent(ID, REABLEMENT_SERVICE, FY_2012_13, Quarter.Q1,
                        Money.of("250000"), Rag.GREEN, null))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 5, true));
    }

    @Test
    void eventsOfOneLineLeaveTheOtherLinesAlone() {
        SavingsProfile tradingStandards = SavingsProfile.of(Map.of(FY_2011_12, Money.of("520000")));
        fixture.given(created(), reablementServiceAdded(),
                        new SavingsLineAddedEvent(ID, TRADING_STANDARDS_STAFFING, "2",
                                "Trading Standards – Staffing reductions", PUBLIC_PROTECTION, tradingStandards),
                        REVISED)
                .when(new WithdrawSavingsLineCommand(ID, TRADING_STANDARDS_STAFFING, "Service transferred", 4L))
                .expectEvents(new SavingsLineWithdrawnEvent(ID, TRADING_STANDARDS_STAFFING, tradingStandards))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 5, true));
    }
}
