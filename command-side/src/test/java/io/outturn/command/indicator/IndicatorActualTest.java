package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.Rejection;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.EventMetadata;
import io.outturn.values.Decision;
import io.outturn.values.Justification;
import io.outturn.values.Quarter;
import io.outturn.values.ReasonCode;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

class IndicatorActualTest {

    /** Q1 2012-13 as the aggregate records it at {@link Ni130#CLOCK}: effective then. */
    private static final ActualRecordedEvent Q1_RECORDED =
            new ActualRecordedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, NOW);
    /** When Q1's figure was published, a week after the quarter ended. */
    private static final Instant Q1_PUBLISHED = Instant.parse("2012-07-07T00:00:00Z");
    private static final ActualRecordedEvent Q1_PUBLISHED_RECORDED =
            new ActualRecordedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, Q1_PUBLISHED);
    private static final String LATE_RETURNS = "Late returns from Bassetlaw included";

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
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, null, 2L))
                .expectEvents(Q1_RECORDED)
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void recordingAnActualKeepsItsNote() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2011_12, Quarter.Q4, new BigDecimal("12150"),
                        "Year-end outturn", null, null, null))
                .expectEvents(new ActualRecordedEvent(ID, FY_2011_12, Quarter.Q4, new BigDecimal("12150"),
                        "Year-end outturn", NOW))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void recordingAnActualForAQuarterThatHasNotEndedIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q2, new BigDecimal("13000"), null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.QUARTER_NOT_ENDED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void recordingAnActualOnTheLastDayOfItsQuarterIsRejected() {
        Clock lastDayOfQ1 = Clock.fixed(Instant.parse("2012-06-30T22:59:00Z"), ZoneOffset.UTC);
        at(lastDayOfQ1).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, null,
                        null))
                .expectException(rejectedWith(Rejection.Code.QUARTER_NOT_ENDED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void theQuarterEndsByTheClocksZoneNotByUtc() {
        // 23:30 UTC on 30 June is already 1 July in London (BST).
        Clock firstDayOfQ2InLondon = Clock.fixed(Instant.parse("2012-06-30T23:30:00Z"), ZoneId.of("Europe/London"));
        at(firstDayOfQ2InLondon).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, null,
                        null))
                .expectEvents(new ActualRecordedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null,
                        firstDayOfQ2InLondon.instant()))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void recordingTheSameValueAgainEmitsNothing() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480.0"), null, null, null,
                        null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 2, false));
    }

    @Test
    void correctingAnActualWithoutAReasonIsRejected() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"), null, null, null,
                        null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void correctingAnActualWithAReasonRecordsThePreviousValueAndWhy() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"),
                        "Late returns from Bassetlaw", because(LATE_RETURNS), null, 2L))
                .expectEvents(GenericEventMessage.asEventMessage(new ActualCorrectedEvent(ID, FY_2012_13,
                                Quarter.Q1, new BigDecimal("12520"), new BigDecimal("12480"),
                                "Late returns from Bassetlaw", Justification.other(LATE_RETURNS), NOW))
                        .withMetaData(MetaData.with(EventMetadata.REASON, LATE_RETURNS)))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void aCorrectedValueIsWhatTheNextCorrectionReplaces() {
        at(CLOCK).given(defined(), Q1_RECORDED, new ActualCorrectedEvent(ID, FY_2012_13, Quarter.Q1,
                        new BigDecimal("12520"), new BigDecimal("12480"), null, Justification.other(LATE_RETURNS), NOW))
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null,
                        because("Correction reversed: the returns were counted twice"), null, null))
                .expectEvents(new ActualCorrectedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"),
                        new BigDecimal("12520"), null,
                        Justification.other("Correction reversed: the returns were counted twice"), NOW))
                .expectResultMessagePayload(new CommandResult("NI130", 4, true));
    }

    @Test
    void recordingAnActualWithoutAValueIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, null, null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "value"))
                .expectNoEvents();
    }

    @Test
    void recordingAnActualWithoutAQuarterIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, null, new BigDecimal("12480"), null, null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "quarter"))
                .expectNoEvents();
    }

    @Test
    void recordingAnActualAgainstAStaleVersionIsAConflict() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null, null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void anActualMayTakeEffectWhenItsFigureWasPublished() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null,
                        Q1_PUBLISHED, null))
                .expectEvents(Q1_PUBLISHED_RECORDED);
    }

    @Test
    void anActualTakingEffectLaterThanNowIsRejected() {
        at(CLOCK).given(defined())
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12480"), null, null,
                        NOW.plusSeconds(60), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_IN_FUTURE, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void correctingAnActualWithAReasonShorterThanTheMinimumIsRejected() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"), null,
                        because("x"), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void correctingAnActualRecordsItsReasonCodeAndDecision() {
        Decision panel = new Decision("Performance Board 18 July 2012, item 4", "Performance Board",
                LocalDate.of(2012, 7, 18), URI.create("https://www.nottinghamshire.gov.uk/performance-board"));
        at(CLOCK).given(defined(), Q1_PUBLISHED_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"), null,
                        new GivenJustification(ReasonCode.DATA_RESTATEMENT, LATE_RETURNS, panel), null, null))
                .expectEvents(new ActualCorrectedEvent(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"),
                        new BigDecimal("12480"), null,
                        new Justification(ReasonCode.DATA_RESTATEMENT, LATE_RETURNS, panel), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"REBASELINE", "POLICY_CHANGE", "REPHASING", "DEFINITION_CHANGE"})
    void correctingAnActualWithACodeThatDoesNotFitAFigureIsRejected(ReasonCode code) {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"), null,
                        new GivenJustification(code, LATE_RETURNS, null), null, null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionTakingEffectBeforeTheFigureItCorrectsIsRejected() {
        at(CLOCK).given(defined(), Q1_PUBLISHED_RECORDED)
                .when(new RecordActualCommand(ID, FY_2012_13, Quarter.Q1, new BigDecimal("12520"), null,
                        because(LATE_RETURNS), Q1_PUBLISHED.minusSeconds(1), null))
                .expectException(rejectedWith(Rejection.Code.EFFECTIVE_FROM_BEFORE_PREVIOUS, "effectiveFrom"))
                .expectNoEvents();
    }

    @Test
    void aCorrectionIsBoundOnlyByItsOwnQuarter() {
        at(CLOCK).given(defined(), Q1_RECORDED)
                .when(new RecordActualCommand(ID, FY_2011_12, Quarter.Q4, new BigDecimal("12150"), null, null,
                        Q1_PUBLISHED, null))
                .expectEvents(new ActualRecordedEvent(ID, FY_2011_12, Quarter.Q4, new BigDecimal("12150"), null,
                        Q1_PUBLISHED));
    }
}
