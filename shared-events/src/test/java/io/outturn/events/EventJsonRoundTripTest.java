package io.outturn.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.ChangeReference;
import io.outturn.values.Comparability;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.Polarity;
import io.outturn.values.ProgrammeId;
import io.outturn.values.ProposalId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import io.outturn.values.RollUp;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events are stored as JSON and read back for years: every event and every target kind must survive the trip
 * unchanged, with no property left over that the reader would not expect.
 */
class EventJsonRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final FinancialYear FY2011 = FinancialYear.parse("2011-12");
    private static final ProgrammeId ASCH = ProgrammeId.of("ncc-asch-pp-2011-14");
    private static final LineId REABLEMENT = LineId.of("adult-social-care-2");
    private static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    private static final Target NINE_THOUSAND = new Target.AtLeast(new BigDecimal("9000"), true);
    private static final Decision CABINET = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet",
            LocalDate.of(2011, 3, 12), URI.create("https://www.nottinghamshire.gov.uk/cabinet/2011-03-12#minute-45"));
    private static final Justification EASED = new Justification(ReasonCode.POLICY_CHANGE,
            "Cabinet eased the target in year after the ILF closure", CABINET);
    private static final Instant ADOPTED = Instant.parse("2011-03-12T18:00:00Z");
    private static final ProposalId PROPOSAL = ProposalId.of("NI130-2011-12-1");

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
                        new Baseline(new BigDecimal("7000"), FinancialYear.parse("2010-11"), "as at March 2011"), null, List.of()),
                new IndicatorDefinedEvent(IndicatorId.of("KPR13"), "Assessments completed within DoH timescales",
                        "Nottinghamshire County Council", null, null, Framework.LOCAL, Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, RollUp.AVERAGE, new BigDecimal("2.5"), null, null, List.of()),
                new IndicatorAmendedEvent(NI130, "People on a personal budget (self-directed support)", null, null,
                        new BigDecimal("10"), null, null, List.of()),
                new TargetSetEvent(NI130, FY2011, new Target.AtLeast(new BigDecimal("12000"), true), "12,000",
                        null, null, null, null, null),
                new TargetSetEvent(NI130, FY2011, new Target.AtLeast(new BigDecimal("12500"), true), "12,500",
                        new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null),
                new TargetWithdrawnEvent(NI130, FY2011, new Target.ToBeConfirmed(), "tbc", null, null),
                new ActualRecordedEvent(NI130, FY2011, Quarter.Q1, new BigDecimal("8123"), "from the SWIFT extract", null),
                new ActualCorrectedEvent(NI130, FY2011, Quarter.Q1, new BigDecimal("8132"), new BigDecimal("8123"), null, null, null),
                new MilestoneAssessedEvent(NI130, FY2011, Assessment.PARTIALLY_ACHIEVED, null, "roll out in 5 of 7 districts", null, null),
                new SavingsProgrammeCreatedEvent(ASCH, "Savings and efficiencies 2011-14",
                        "Nottinghamshire County Council", List.of(FY2011, FY2011.next(), FY2011.next().next()),
                        Money.of("63833000")),
                new SavingsProgrammeCreatedEvent(ASCH, "No overall target", "Nottinghamshire County Council",
                        List.of(FY2011), null),
                new SavingsLineAddedEvent(ASCH, REABLEMENT, "2", "Reablement & Homecare - service",
                        "Adult Social Care", profile, null),
                new SavingsLineRevisedEvent(ASCH, REABLEMENT, profile, moved, null, null),
                new SavingsLineWithdrawnEvent(ASCH, REABLEMENT, moved, null, null),
                new SavingsDeliveryRecordedEvent(ASCH, REABLEMENT, FY2011, Quarter.Q2, Money.of("650000"), Rag.AMBER,
                        "homecare restructure late", null),
                // Revision 2: every new field with a value.
                new IndicatorDefinedEvent(IndicatorId.of("ASCOF-1C"), "Proportion of people using social care who "
                        + "receive self-directed support", "Nottinghamshire County Council", null, null,
                        Framework.of("ASCOF"), Unit.PERCENT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null,
                        "People receiving self-directed support at the year end, as a percentage of all clients "
                                + "receiving community-based services", List.of("NI130", "C32", "BVPI 54")),
                new IndicatorAmendedEvent(NI130, "People on a personal budget", null, null, new BigDecimal("5"), null,
                        new Justification(ReasonCode.OTHER, "known as C32 in the PAF returns", null), List.of("C32")),
                new IndicatorDefinitionChangedEvent(NI130, FinancialYear.parse("2012-13"),
                        "People on a personal budget or direct payment at the year end", Unit.PERCENT,
                        Polarity.HIGHER_IS_BETTER, RollUp.LATEST, false,
                        new Justification(ReasonCode.DEFINITION_CHANGE, "Counted as a share of eligible clients", null)),
                new IndicatorLineageLinkedEvent(IndicatorId.of("ASCOF-1C"), NI130, FinancialYear.parse("2011-12"),
                        Comparability.PARTIAL, "Same numerator; denominator widened to all community-based clients"),
                new TargetSetEvent(NI130, FY2011, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000", EASED, ADOPTED,
                        PROPOSAL),
                new TargetWithdrawnEvent(NI130, FY2011, NINE_THOUSAND, "9,000",
                        new Justification(ReasonCode.REBASELINE, "Replaced by the ASCOF measure", null), ADOPTED),
                new TargetRevisionProposedEvent(NI130, FY2011, PROPOSAL, NINE_THOUSAND, "9,000", TWELVE_THOUSAND,
                        "12,000", EASED, ADOPTED),
                new TargetRevisionApprovedEvent(NI130, FY2011, PROPOSAL),
                new TargetRevisionRejectedEvent(NI130, FY2011, PROPOSAL,
                        new Justification(ReasonCode.OTHER, "Easing not supported by the Q2 figures", null)),
                new ActualRecordedEvent(NI130, FY2011, Quarter.Q1, new BigDecimal("8120"), null, ADOPTED),
                new ActualCorrectedEvent(NI130, FY2011, Quarter.Q1, new BigDecimal("8210"), new BigDecimal("8120"), null,
                        new Justification(ReasonCode.DATA_RESTATEMENT, "SWIFT reconciliation", null), ADOPTED),
                new MilestoneAssessedEvent(NI130, FY2011, Assessment.ACHIEVED, Assessment.PARTIALLY_ACHIEVED, null,
                        new Justification(ReasonCode.ERROR_CORRECTION, "Last district was missed", null), ADOPTED),
                new SavingsLineAddedEvent(ASCH, REABLEMENT, "2", "Reablement & Homecare - service",
                        "Adult Social Care", profile, ADOPTED),
                new SavingsLineRevisedEvent(ASCH, REABLEMENT, profile, moved,
                        new Justification(ReasonCode.REPHASING, "Homecare restructure delayed by six months", CABINET),
                        ADOPTED),
                new SavingsLineWithdrawnEvent(ASCH, REABLEMENT, moved,
                        new Justification(ReasonCode.POLICY_CHANGE, "Service decommissioned", null), ADOPTED),
                new SavingsDeliveryRecordedEvent(ASCH, REABLEMENT, FY2011, Quarter.Q2, Money.of("650000"), Rag.AMBER,
                        null, ADOPTED));
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
                .containsExactlyInAnyOrder("NI130", "KPR13", "ASCOF-1C", "ncc-asch-pp-2011-14");
    }

    @Test
    void everyEventRecordMakesTheTrip() {
        Set<Class<?>> tried = everyEvent().map(Object::getClass).collect(Collectors.toSet());

        assertThat(tried).containsExactlyInAnyOrderElementsOf(Stream.of(IndicatorEvent.class, SavingsProgrammeEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses())).toList());
    }

    @Test
    void theNewFieldsAreWrittenUnderTheirOwnNames() throws Exception {
        TargetSetEvent eased = (TargetSetEvent) everyEvent()
                .filter(event -> event instanceof TargetSetEvent set && set.proposalId() != null).findFirst().orElseThrow();

        JsonNode json = JSON.readTree(JSON.writeValueAsString(eased));

        assertThat(json.at("/justification/code").asText()).isEqualTo("POLICY_CHANGE");
        assertThat(json.at("/justification/decision/reference").asText()).isEqualTo("Cabinet 12 March 2011, minute 45");
        assertThat(json.at("/justification/decision/uri").asText())
                .isEqualTo("https://www.nottinghamshire.gov.uk/cabinet/2011-03-12#minute-45");
        assertThat(json.get("proposalId").asText()).isEqualTo("NI130-2011-12-1");
        assertThat(json.has("effectiveFrom")).isTrue();
        assertThat(json.has("revision")).isFalse();
        assertThat(json.has("approvedProposal")).isFalse();
    }

    @Test
    void anEventWithoutTheNewFieldsTookEffectWhenRecordedAndHasNoAliases() {
        TargetSetEvent revised = new TargetSetEvent(NI130, FY2011, NINE_THOUSAND, "9,000", TWELVE_THOUSAND, "12,000",
                null, null, null);
        IndicatorDefinedEvent defined = new IndicatorDefinedEvent(NI130, "No of people on a personal budget",
                "Nottinghamshire County Council", null, null, Framework.of("NI"), Unit.COUNT,
                Polarity.HIGHER_IS_BETTER, RollUp.LATEST, null, null, null, null);

        assertThat(revised.effectiveAt(ADOPTED)).isEqualTo(ADOPTED);
        assertThat(defined.definition()).isNull();
        assertThat(defined.aliases()).isEmpty();
    }

    @Test
    void anAliasListReadAsNullIsEmpty() throws Exception {
        String json = JSON.writeValueAsString(new IndicatorAmendedEvent(NI130, "t", null, null, null, null, null, List.of()));

        IndicatorAmendedEvent read = JSON.readValue(json.replace("\"aliases\":[]", "\"aliases\":null"),
                IndicatorAmendedEvent.class);

        assertThat(read.aliases()).isEmpty();
    }
}
