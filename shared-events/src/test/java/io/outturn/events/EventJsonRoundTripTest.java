package io.outturn.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.Polarity;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.RollUp;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored as JSON and read back for years: every event and every target kind must survive the trip
 * unchanged, with no property left over that the reader would not expect.
 */
class EventJsonRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final FinancialYear FY2011 = FinancialYear.parse("2011-12");
    private static final ProgrammeId ASCH = ProgrammeId.of("ncc-asch-pp-2011-14");
    private static final LineId REABLEMENT = LineId.of("adult-social-care-2");

    static Stream<Target> everyTargetKind() {
        return Stream.of(
                new Target.AtLeast(new BigDecimal("12000"), true),
                new Target.AtLeast(new BigDecimal("60"), false),
                new Target.AtMost(new BigDecimal("5"), false),
                new Target.AtMost(new BigDecimal("10"), true),
                new Target.Range(new BigDecimal("350"), new BigDecimal("370")),
                new Target.Change(new BigDecimal("20"), null, ChangeReference.BASELINE),
                new Target.Change(new BigDecimal("-5"), null, ChangeReference.outturnOf(FinancialYear.parse("2004/05"))),
                new Target.Change(null, new BigDecimal("54"), ChangeReference.BASELINE),
                new Target.Milestone("Complete roll out"),
                new Target.ToBeConfirmed());
    }

    static Stream<OutturnEvent> everyEvent() {
        SavingsProfile profile = SavingsProfile.of(Map.of(
                FY2011, Money.of("1300000"), FY2011.next(), Money.of("700000"), FY2011.next().next(), Money.ZERO));
        SavingsProfile moved = SavingsProfile.of(Map.of(
                FY2011, Money.of("1000000.50"), FY2011.next(), Money.of("999999.50"), FY2011.next().next(), Money.ZERO));
        return Stream.of(
                new IndicatorDefinedEvent(NI130, "People on a personal budget",
                        "Nottinghamshire County Council", "Adult Social Care, Health and Public Protection",
                        "Service Director, Personal Care and Support", Framework.of("NI"), Unit.COUNT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal("5"),
                        new Baseline(new BigDecimal("7000"), FinancialYear.parse("2010-11"), "as at March 2011")),
                new IndicatorDefinedEvent(IndicatorId.of("KPR13"), "Assessments completed within DoH timescales",
                        "Nottinghamshire County Council", null, null, Framework.LOCAL, Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, RollUp.AVERAGE, new BigDecimal("2.5"), null),
                new IndicatorAmendedEvent(NI130, "People on a personal budget (self-directed support)", null, null,
                        new BigDecimal("10"), null),
                new TargetSetEvent(NI130, FY2011, new Target.AtLeast(new BigDecimal("12000"), true), "12,000",
                        null, null),
                new TargetSetEvent(NI130, FY2011, new Target.AtLeast(new BigDecimal("12500"), true), "12,500",
                        new Target.AtLeast(new BigDecimal("12000"), true), "12,000"),
                new TargetWithdrawnEvent(NI130, FY2011, new Target.ToBeConfirmed(), "tbc"),
                new ActualRecordedEvent(NI130, FY2011, Quarter.Q1, new BigDecimal("8123"), "from the SWIFT extract"),
                new ActualCorrectedEvent(NI130, FY2011, Quarter.Q1, new BigDecimal("8132"), new BigDecimal("8123"), null),
                new MilestoneAssessedEvent(NI130, FY2011, Assessment.PARTIALLY_ACHIEVED, null, "roll out in 5 of 7 districts"),
                new SavingsProgrammeCreatedEvent(ASCH, "Savings and efficiencies 2011-14",
                        "Nottinghamshire County Council", List.of(FY2011, FY2011.next(), FY2011.next().next()),
                        Money.of("63833000")),
                new SavingsProgrammeCreatedEvent(ASCH, "No overall target", "Nottinghamshire County Council",
                        List.of(FY2011), null),
                new SavingsLineAddedEvent(ASCH, REABLEMENT, "2", "Reablement & Homecare - service",
                        "Adult Social Care", profile),
                new SavingsLineRevisedEvent(ASCH, REABLEMENT, profile, moved),
                new SavingsLineWithdrawnEvent(ASCH, REABLEMENT, moved),
                new SavingsDeliveryRecordedEvent(ASCH, REABLEMENT, FY2011, Quarter.Q2, Money.of("650000"), Rag.AMBER,
                        "homecare restructure late"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEvent")
    void everyEventSurvivesTheTripThroughJson(OutturnEvent event) throws Exception {
        String json = JSON.writeValueAsString(event);

        assertThat(JSON.readValue(json, event.getClass())).isEqualTo(event);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyTargetKind")
    void everyTargetKindSurvivesTheTripThroughJson(Target target) throws Exception {
        String json = JSON.writeValueAsString(target);

        assertThat(JSON.readValue(json, Target.class)).isEqualTo(target);
        assertThat(JSON.readTree(json).get("kind").asText()).isEqualTo(target.kind());
    }

    @Test
    void valuesAreWrittenInTheApiNotation() throws Exception {
        SavingsLineAddedEvent added = (SavingsLineAddedEvent) everyEvent()
                .filter(SavingsLineAddedEvent.class::isInstance).findFirst().orElseThrow();

        JsonNode json = JSON.readTree(JSON.writeValueAsString(added));

        assertThat(json.get("programmeId").asText()).isEqualTo("ncc-asch-pp-2011-14");
        assertThat(json.get("profile").get("2011-12").decimalValue()).isEqualByComparingTo("1300000");
        assertThat(json.has("aggregateId")).isFalse();
    }

    @Test
    void aChangeTargetNamesItsReferenceYearInTheApiNotation() throws Exception {
        JsonNode json = JSON.readTree(JSON.writeValueAsString(
                new Target.Change(new BigDecimal("-5"), null, ChangeReference.parse("2004/05"))));

        assertThat(json.get("reference").asText()).isEqualTo("2004-05");
        assertThat(json.get("changePercent").decimalValue()).isEqualByComparingTo("-5");
    }

    @Test
    void eachEventNamesTheAggregateItBelongsTo() {
        assertThat(everyEvent().map(OutturnEvent::aggregateId).distinct())
                .containsExactlyInAnyOrder("NI130", "KPR13", "ncc-asch-pp-2011-14");
    }
}
