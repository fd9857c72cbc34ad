package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.Rejection;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.values.Baseline;
import io.outturn.values.Polarity;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

class IndicatorDefinitionTest {

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Indicator.class);
    }

    @Test
    void definingAnIndicatorRecordsItWithTheDefaultToleranceOfFivePercent() {
        fixture.givenNoPriorActivity()
                .when(define())
                .expectEvents(defined())
                .expectResultMessagePayload(new CommandResult("NI130", 1, true));
    }

    @Test
    void definingAnIndicatorKeepsAnExplicitTolerance() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal("10.0"), null))
                .expectEvents(new IndicatorDefinedEvent(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, BigDecimal.TEN, null))
                .expectResultMessagePayload(new CommandResult("NI130", 1, true));
    }

    @Test
    void definingAnIndicatorThatExistsIsRejected() {
        fixture.given(defined())
                .when(define())
                .expectException(rejectedWith(Rejection.Code.INDICATOR_EXISTS, "id"))
                .expectNoEvents();
    }

    @Test
    void definingAnIndicatorWithABlankTitleIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, "  ", ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "title"))
                .expectNoEvents();
    }

    @Test
    void definingAnIndicatorWithoutAnOrganisationIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, null, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "organisation"))
                .expectNoEvents();
    }

    @Test
    void definingAnIndicatorWithoutAFrameworkIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, null, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "framework"))
                .expectNoEvents();
    }

    @Test
    void definingAnIndicatorWithoutAUnitIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, NI, null,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "unit"))
                .expectNoEvents();
    }

    @Test
    void definingAnIndicatorWithoutAPolarityIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        null, RollUp.LATEST, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "polarity"))
                .expectNoEvents();
    }

    @Test
    void definingAnIndicatorWithoutARollUpIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, null, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "rollUp"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.5", "100.01", "250"})
    void definingAnIndicatorWithAToleranceOutsideNoughtToAHundredIsRejected(String tolerance) {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal(tolerance), null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "tolerancePercent"))
                .expectNoEvents();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100"})
    void definingAnIndicatorAcceptsTheBoundsOfTheTolerance(String tolerance) {
        fixture.givenNoPriorActivity()
                .when(new DefineIndicatorCommand(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal(tolerance), null))
                .expectEvents(new IndicatorDefinedEvent(ID, TITLE, ORGANISATION, null, null, NI, Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal(tolerance), null))
                .expectResultMessagePayload(new CommandResult("NI130", 1, true));
    }

    @Test
    void amendingTheTitleWithAReasonRecordsTheWholeAmendableDefinitionAndTheReason() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, "No of people on a personal budget", null, null, null, null,
                        "Title as printed in the plan", null))
                .expectEvents(GenericEventMessage.asEventMessage(new IndicatorAmendedEvent(ID,
                                "No of people on a personal budget", SERVICE_GROUP, LEAD_OFFICER, FIVE, BASELINE))
                        .withMetaData(MetaData.with(EventMetadata.REASON, "Title as printed in the plan")))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void amendingTheBaselineAndToleranceKeepsTheRestOfTheDefinition() {
        Baseline restated = new Baseline(new BigDecimal("7150"), FY_2010_11, "Restated after data cleanse");
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, null, new BigDecimal("2.5"), restated,
                        "Baseline restated", 1L))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, LEAD_OFFICER,
                        new BigDecimal("2.5"), restated))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void amendingWithABlankLeadOfficerClearsIt() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, " ", null, null, "Post deleted", null))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, null, FIVE, BASELINE))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void amendingWithNothingThatChangesEmitsNothing() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, TITLE, SERVICE_GROUP, null, new BigDecimal("5.00"), BASELINE,
                        null, null))
                .expectNoEvents()
                .expectResultMessagePayload(new CommandResult("NI130", 1, false));
    }

    @Test
    void amendingAChangeWithoutAReasonIsRejected() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, "Adult Social Care", null, null, null, " ", null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void amendingToABlankTitleIsRejected() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, "", null, null, null, null, "Tidy up", null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "title"))
                .expectNoEvents();
    }

    @Test
    void amendingToAToleranceAboveAHundredIsRejected() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, null, new BigDecimal("101"), null, "Wider", null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "tolerancePercent"))
                .expectNoEvents();
    }

    @Test
    void amendingAnIndicatorThatWasNeverDefinedFailsAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AmendIndicatorCommand(ID, "Anything", null, null, null, null, "Why", null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anExpectedVersionOlderThanTheCurrentOneIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AmendIndicatorCommand(ID, "Anything", null, null, null, null, "Why", 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void anExpectedVersionNewerThanTheCurrentOneIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AmendIndicatorCommand(ID, "Anything", null, null, null, null, "Why", 3L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void aVersionConflictIsReportedBeforeAnyOtherRejection() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, " ", null, null, null, null, null, 7L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void theCurrentExpectedVersionIsAccepted() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AmendIndicatorCommand(ID, null, "Adult Social Care", null, null, null,
                        "Owned by the ASC service group", 2L))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, "Adult Social Care", LEAD_OFFICER, FIVE, BASELINE))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }
}
