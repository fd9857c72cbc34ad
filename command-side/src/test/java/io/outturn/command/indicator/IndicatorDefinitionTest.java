package io.outturn.command.indicator;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.domain.Rejection;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.values.Baseline;
import io.outturn.values.Justification;
import io.outturn.values.Polarity;
import io.outturn.values.ReasonCode;
import io.outturn.values.RollUp;
import io.outturn.values.Unit;
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
import java.util.List;

import static io.outturn.command.indicator.Ni130.*;
import static io.outturn.command.indicator.Rejections.rejectedWith;

class IndicatorDefinitionTest {

    private FixtureConfiguration<Indicator> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
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
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, BigDecimal.TEN, null, null, List.of()))
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
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal(tolerance), null, null, List.of()))
                .expectResultMessagePayload(new CommandResult("NI130", 1, true));
    }

    @Test
    void amendingTheTitleWithAReasonRecordsTheWholeAmendableDefinitionAndTheReason() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, "No of people on a personal budget", null, null, null, null,
                        because("Title as printed in the plan"), null))
                .expectEvents(GenericEventMessage.asEventMessage(new IndicatorAmendedEvent(ID,
                                "No of people on a personal budget", SERVICE_GROUP, LEAD_OFFICER, FIVE, BASELINE,
                                Justification.other("Title as printed in the plan"), List.of()))
                        .withMetaData(MetaData.with(EventMetadata.REASON, "Title as printed in the plan")))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void amendingTheBaselineAndToleranceKeepsTheRestOfTheDefinition() {
        Baseline restated = new Baseline(new BigDecimal("7150"), FY_2010_11, "Restated after data cleanse");
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, null, new BigDecimal("2.5"), restated,
                        because("Baseline restated"), 1L))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, LEAD_OFFICER,
                        new BigDecimal("2.5"), restated, Justification.other("Baseline restated"), List.of()))
                .expectResultMessagePayload(new CommandResult("NI130", 2, true));
    }

    @Test
    void amendingWithABlankLeadOfficerClearsIt() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, " ", null, null, because("Post deleted"), null))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, null, FIVE, BASELINE,
                        Justification.other("Post deleted"), List.of()))
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
                .when(new AmendIndicatorCommand(ID, null, "Adult Social Care", null, null, null, because(" "), null))
                .expectException(rejectedWith(Rejection.Code.REASON_REQUIRED, "reason"))
                .expectNoEvents();
    }

    @Test
    void amendingToABlankTitleIsRejected() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, "", null, null, null, null, because("Tidy up"), null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "title"))
                .expectNoEvents();
    }

    @Test
    void amendingToAToleranceAboveAHundredIsRejected() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, null, new BigDecimal("101"), null,
                        because("Wider"), null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "tolerancePercent"))
                .expectNoEvents();
    }

    @Test
    void amendingAnIndicatorThatWasNeverDefinedFailsAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(new AmendIndicatorCommand(ID, "Anything", null, null, null, null, because("Why"), null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anExpectedVersionOlderThanTheCurrentOneIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AmendIndicatorCommand(ID, "Anything", null, null, null, null, because("Why"), 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void anExpectedVersionNewerThanTheCurrentOneIsAConflict() {
        fixture.given(defined(), targetSet(FY_2011_12, TWELVE_THOUSAND, "12,000"))
                .when(new AmendIndicatorCommand(ID, "Anything", null, null, null, null, because("Why"), 3L))
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
                        because("Owned by the ASC service group"), 2L))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, "Adult Social Care", LEAD_OFFICER, FIVE, BASELINE,
                        Justification.other("Owned by the ASC service group"), List.of()))
                .expectResultMessagePayload(new CommandResult("NI130", 3, true));
    }

    @Test
    void amendingWithAReasonShorterThanTheMinimumIsRejected() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, "Adult Social Care", null, null, null, because("x"), null))
                .expectException(rejectedWith(Rejection.Code.REASON_TOO_SHORT, "reason"))
                .expectNoEvents();
    }

    @Test
    void amendingTheBaselineRecordsItsReasonCodeAndDecision() {
        Baseline restated = new Baseline(new BigDecimal("7150"), FY_2010_11, "Restated after data cleanse");
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, null, null, null, restated,
                        new GivenJustification(ReasonCode.REBASELINE, REBASELINED, CABINET_MINUTE_45), null))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, LEAD_OFFICER, FIVE, restated,
                        new Justification(ReasonCode.REBASELINE, REBASELINED, CABINET_MINUTE_45), List.of()));
    }

    @Test
    void anAmendmentIsTheOneChangeADefinitionChangeFits() {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, "People with a personal budget or direct payment", null, null,
                        null, null, new GivenJustification(ReasonCode.DEFINITION_CHANGE,
                        "Direct payments now counted as personal budgets", null), null))
                .expectEvents(new IndicatorAmendedEvent(ID, "People with a personal budget or direct payment",
                        SERVICE_GROUP, LEAD_OFFICER, FIVE, BASELINE, new Justification(ReasonCode.DEFINITION_CHANGE,
                        "Direct payments now counted as personal budgets", null), List.of()));
    }

    @ParameterizedTest
    @EnumSource(value = ReasonCode.class, names = {"REPHASING", "DATA_RESTATEMENT"})
    void amendingWithACodeThatDoesNotFitAnAmendmentIsRejected(ReasonCode code) {
        fixture.given(defined())
                .when(new AmendIndicatorCommand(ID, null, "Adult Social Care", null, null, null,
                        new GivenJustification(code, "Owned by the ASC service group", null), null))
                .expectException(rejectedWith(Rejection.Code.REASON_CODE_NOT_APPLICABLE, "reasonCode"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentRepeatsTheAliasesTheIndicatorIsKnownBy() {
        IndicatorDefinedEvent withAliases = new IndicatorDefinedEvent(ID, TITLE, ORGANISATION, SERVICE_GROUP,
                LEAD_OFFICER, NI, Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, FIVE, BASELINE, null,
                List.of("NI 130", "ASCOF 1C"));
        fixture.given(withAliases)
                .when(new AmendIndicatorCommand(ID, null, null, " ", null, null, because("Post deleted"), null))
                .expectEvents(new IndicatorAmendedEvent(ID, TITLE, SERVICE_GROUP, null, FIVE, BASELINE,
                        Justification.other("Post deleted"), List.of("NI 130", "ASCOF 1C")));
    }
}
