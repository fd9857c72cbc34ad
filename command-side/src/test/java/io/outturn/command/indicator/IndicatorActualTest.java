package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.Rejection;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.EventMetadata;
import io.outturn.values.Quarter;
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
import java.time.ZoneOffset;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

class IndicatorActualTest {

    private static final ActualRecordedEvent Q1_RECORDED =
            new ActualRecordedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null);

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    private FixtureConfiguration<Indicator> at(Clock clock) {
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    @Test
    void recordingTheFirstActualForAnEndedQuarterRecordsIt() {
        at(CLOCK).given(defined(), targetSet(FY_2012_13, FOURTEEN_THOUSAND, "14,000"))
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, 2L))
                .expectEvents(Q1_RECORDED)
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void recordingAnActualKeepsItsNote() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2011_12, Quarter.Q4, new BigDecimal("12150"),
                        "Year-end outturn", null, null))
                .expectEvents(new ActualRecordedEvent(ID, FY_2011_12, Quarter.Q4, new BigDecimal("12150"),
                        "Year-end outturn"))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void recordingAnActualForAQuarterThatHasNotEndedIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q2, new BigDecimal("13000"), null, null, null))
                .expectException(rejectedWith(Rejection.Code.QUARTER_NOT_ENDED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void recordingAnActualOnTheLastDayOfItsQuarterIsRejected() {
        Clock lastDayOfQ1 = Clock.fixed(Instant.parse("2012-06-30T22:59:00Z"), ZoneOffset.UTC);
        at(lastDayOfQ1).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, null))
                .expectException(rejectedWith(Rejection.Code.QUARTER_NOT_ENDED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void theQuarterEndsByTheClocksZoneNotByUtc() {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        Clock firstDayOfQ2InLondon = Clock.fixed(Instant.parse("2012-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
        at(firstDayOfQ2InLondon).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, null))
                .expectEvents(Q1_RECORDED)
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void recordingTheSameValueAgainEmitsNothing() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480.0"), null, null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 2, false));
    }

    @Test
    void correctingAnActualWithoutAReasonIsRejected() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"), null, null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void correctingAnActualWithAReasonRecordsThePreviousValueAndWhy() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"),
                        "Late returns from Bassetlaw", "Late returns included", 2L))
                .expectEvents(GenericEventMessage.asEventMessage(new ActualCorrectedEvent(ID, FY_2012_13,
                                Quarter.Q1, new BigDecimal("12520"), new BigDecimal("12480"),
                                "Late returns from Bassetlaw"))
                        .withMetaData(MetaData.with(EventMetadata.REASON, "Late returns included")))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void aCorrectedValueIsWhatTheNextCorrectionReplaces() {
        at(CLOCK).given(defined(), Q1_RECORDED, new ActualCorrectedEvent(ID, FY_2012_13, Quarter.Q1,
                        new BigDecimal("12520"), new BigDecimal("12480"), null))
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null,
                        "Correction reversed", null))
                .expectEvents(new ActualCorrectedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"),
                        new BigDecimal("12520"), null))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void recordingAnActualWithoutAValueIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "value"))
                .expectNoEvents();
    }

    @Test
    void recordingAnActualWithoutAQuarterIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, null, new BigDecimal("12480"), null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void recordingAnActualAgainstAStaleVersionIsAConflict() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }
}
