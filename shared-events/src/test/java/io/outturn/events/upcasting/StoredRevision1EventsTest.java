package io.outturn.events.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.outturn.events.ActualCorrectedEvent;
import io.outturn.events.ActualRecordedEvent;
import io.outturn.events.EffectiveDated;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.MilestoneAssessedEvent;
import io.outturn.events.OutturnEvent;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.events.TargetWithdrawnEvent;
import io.outturn.events.testsupport.StoredEvent;
import io.outturn.events.testsupport.StrictSerializer;
import io.outturn.values.Assessment;
import io.outturn.values.Baseline;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.Polarity;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import io.outturn.values.RollUp;
import io.outturn.values.SavingsProfile;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event as the code of revision 1 stored it (captured from a running standalone, see
 * {@code stored-events/README.md}) reads, through the upcasters, as the revision-2 record it means.
 */
class StoredRevision1EventsTest {

    private static final JacksonSerializer SERIALIZER = StrictSerializer.create();
    private static final EventUpcasterChain UPCASTERS = OutturnUpcasters.chain();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final IndicatorId CARERS_RAS = IndicatorId.of("CarersPB-KPI1");
    private static final ProgrammeId NOTTS_ASCH = ProgrammeId.of("notts-asch-pp-2011-14");
    private static final LineId REABLEMENT = LineId.of("adult-social-care-2");
    private static final LineId LATE_CANCELLATION = LineId.of("adult-social-care-1d");
    private static final FinancialYear FY_2010_11 = FinancialYear.parse("2010-11");
    private static final FinancialYear FY_2011_12 = FinancialYear.parse("2011-12");
    private static final FinancialYear FY_2012_13 = FinancialYear.parse("2012-13");
    private static final FinancialYear FY_2013_14 = FinancialYear.parse("2013-14");
    private static final String NI130_TITLE = "No of people on a personal budget";
    private static final String NI130_LEAD = "Group Manager, Customer Access Social Care";
    private static final Baseline NI130_BASELINE =
            new Baseline(new BigDecimal("7000"), FY_2010_11, "baseline column of the 2011-14 plan");
    private static final Target TWELVE_THOUSAND = new Target.AtLeast(new BigDecimal("12000"), true);
    private static final SavingsProfile REABLEMENT_AS_PLANNED = profile("1300000", "700000", "0");
    private static final SavingsProfile LATE_CANCELLATION_AS_PLANNED = profile("40000", "0", "0");

    /** What each stored event means at revision 2: every field it had, and the new ones with their empty values. */
    private static final Map<String, OutturnEvent> MEANT = expected();

    private static Map<String, OutturnEvent> expected() {
        Map<String, OutturnEvent> meant = new LinkedHashMap<>();
        meant.put("01-ni130-defined", new IndicatorDefinedEvent(NI130, NI130_TITLE,
                "Nottinghamshire County Council - Adult Social Care, Health and Public Protection", "All", NI130_LEAD,
                Framework.of("NI"), Unit.COUNT, Polarity.HIGHER_IS_BETTER, RollUp.LATEST, new BigDecimal("5"),
                NI130_BASELINE, null, List.of()));
        meant.put("02-ni130-target-2011-12-set-12000", new TargetSetEvent(NI130, FY_2011_12, TWELVE_THOUSAND,
                "12,000", null, null, null, null, null));
        meant.put("03-ni130-target-2011-12-revised-to-9000-reason-x", new TargetSetEvent(NI130, FY_2011_12,
                new Target.AtLeast(new BigDecimal("9000"), true), "9,000", TWELVE_THOUSAND, "12,000",
                new Justification(ReasonCode.OTHER, "x", null), null, null));
        meant.put("04-ni130-target-2012-13-set-14000", new TargetSetEvent(NI130, FY_2012_13,
                new Target.AtLeast(new BigDecimal("14000"), true), "14,000", null, null, null, null, null));
        meant.put("05-ni130-target-2012-13-withdrawn", new TargetWithdrawnEvent(NI130, FY_2012_13,
                new Target.AtLeast(new BigDecimal("14000"), true), "14,000",
                Justification.other("Dropped from the refreshed plan"), null));
        meant.put("06-ni130-actual-2011-12-q1-recorded", new ActualRecordedEvent(NI130, FY_2011_12, Quarter.Q1,
                new BigDecimal("8120"), "from the quarterly return", null));
        meant.put("07-ni130-actual-2011-12-q1-corrected", new ActualCorrectedEvent(NI130, FY_2011_12, Quarter.Q1,
                new BigDecimal("8210"), new BigDecimal("8120"), "from the quarterly return",
                Justification.other("Restated after the SWIFT reconciliation"), null));
        meant.put("08-ni130-amended", new IndicatorAmendedEvent(NI130, NI130_TITLE, "All", NI130_LEAD,
                new BigDecimal("10"), NI130_BASELINE, Justification.other("Scrutiny committee widened the amber band"),
                List.of()));
        meant.put("09-carers-ras-defined-by-import", new IndicatorDefinedEvent(CARERS_RAS,
                "Roll out of Carers' RAS to all service areas",
                "Nottinghamshire County Council - Adult Social Care, Health and Public Protection (ASCH&PP)",
                "Carers' Personal Budgets", null, Framework.LOCAL, Unit.OTHER, Polarity.HIGHER_IS_BETTER,
                RollUp.LATEST, new BigDecimal("5"), null, null, List.of()));
        meant.put("10-carers-ras-milestone-2011-12-set-by-import", new TargetSetEvent(CARERS_RAS, FY_2011_12,
                new Target.Milestone("Complete roll out"), "Complete roll out", null, null, null, null, null));
        meant.put("11-carers-ras-milestone-2012-13-set-by-import", new TargetSetEvent(CARERS_RAS, FY_2012_13,
                new Target.Milestone("Monitor & amend"), "Monitor & amend", null, null, null, null, null));
        meant.put("12-carers-ras-milestone-2012-13-revised-by-import", new TargetSetEvent(CARERS_RAS, FY_2012_13,
                new Target.Milestone("Monitor & review"), "Monitor & review",
                new Target.Milestone("Monitor & amend"), "Monitor & amend", Justification.other("import"), null, null));
        meant.put("13-carers-ras-2011-12-first-assessment", new MilestoneAssessedEvent(CARERS_RAS, FY_2011_12,
                Assessment.PARTIALLY_ACHIEVED, null, "roll out in 5 of 7 districts", null, null));
        meant.put("14-carers-ras-2011-12-reassessed", new MilestoneAssessedEvent(CARERS_RAS, FY_2011_12,
                Assessment.ACHIEVED, Assessment.PARTIALLY_ACHIEVED, "all 7 districts",
                Justification.other("Roll out completed in the last two districts in March"), null));
        meant.put("15-savings-programme-created-by-import", new SavingsProgrammeCreatedEvent(NOTTS_ASCH,
                "Savings and efficiencies 2011-14", "Nottinghamshire County Council",
                List.of(FY_2011_12, FY_2012_13, FY_2013_14), Money.of("63833000")));
        meant.put("16-savings-line-late-cancellation-charge-added", new SavingsLineAddedEvent(NOTTS_ASCH,
                LATE_CANCELLATION, "1d", "Increased charges \u2013 Introduction of a late cancellation charge",
                "Adult Social Care", LATE_CANCELLATION_AS_PLANNED, null));
        meant.put("17-savings-line-reablement-added", new SavingsLineAddedEvent(NOTTS_ASCH, REABLEMENT, "2",
                "Reablement & Homecare - service", "Adult Social Care", REABLEMENT_AS_PLANNED, null));
        meant.put("18-savings-line-reablement-revised", new SavingsLineRevisedEvent(NOTTS_ASCH, REABLEMENT,
                REABLEMENT_AS_PLANNED, profile("1000000", "1000000", "0"),
                Justification.other("Homecare restructure delayed by six months"), null));
        meant.put("19-savings-line-late-cancellation-charge-withdrawn", new SavingsLineWithdrawnEvent(NOTTS_ASCH,
                LATE_CANCELLATION, LATE_CANCELLATION_AS_PLANNED,
                Justification.other("Late cancellation charge not introduced"), null));
        meant.put("20-savings-line-reablement-delivery-2011-12-q2", new SavingsDeliveryRecordedEvent(NOTTS_ASCH,
                REABLEMENT, FY_2011_12, Quarter.Q2, Money.of("650000"), Rag.AMBER, "homecare restructure late", null));
        return meant;
    }

    static Stream<StoredEvent> everyStoredEvent() {
        return StoredEvent.revision1().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStoredEvent")
    void everyStoredEventReadsAsTheRecordItMeansAtItsCurrentRevision(StoredEvent stored) {
        TrackedEventMessage<?> read = stored.read(SERIALIZER, UPCASTERS);

        assertThat(read.getPayload()).isEqualTo(MEANT.get(stored.name()));
        assertThat(read.getIdentifier()).isEqualTo(stored.eventIdentifier());
        assertThat(read.getTimestamp()).isEqualTo(Instant.parse(stored.timestamp()));
        assertThat(read.getMetaData()).containsEntry("actor", "manager");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyStoredEvent")
    void everyStoredEventIsUpcastToTheRevisionItsRecordNowHas(StoredEvent stored) {
        IntermediateEventRepresentation upcast = upcast(stored);

        String current = recordOf(stored).getAnnotation(Revision.class).value();
        assertThat(upcast.getType().getRevision()).isEqualTo(current);
    }

    @Test
    void everyEventTypeOfRevision1HasAStoredCapture() {
        Set<String> captured = everyStoredEvent().map(StoredEvent::payloadType).collect(Collectors.toSet());

        assertThat(captured).containsExactlyInAnyOrderElementsOf(eventRecords().stream()
                .filter(type -> !NEW_SINCE_REVISION_1.contains(type)).map(Class::getName).toList());
        assertThat(everyStoredEvent().map(StoredEvent::name)).containsExactlyElementsOf(MEANT.keySet());
    }

    @Test
    void ni130sRevisionTo9000KeepsItsOneLetterReasonAsAJustificationOfKindOther() {
        TargetSetEvent revised = (TargetSetEvent) StoredEvent.revision1("03-ni130-target-2011-12-revised-to-9000-reason-x")
                .read(SERIALIZER, UPCASTERS).getPayload();

        assertThat(revised.isRevision()).isTrue();
        assertThat(revised.previousPrintedTarget().printed()).isEqualTo("12,000");
        assertThat(revised.printedTarget().printed()).isEqualTo("9,000");
        assertThat(revised.justification()).isEqualTo(new Justification(ReasonCode.OTHER, "x", null));
        assertThat(revised.effectiveFrom()).isNull();
        assertThat(revised.isApprovedProposal()).isFalse();
    }

    @Test
    void upcastingAddsTheNewFieldsWithTheirEmptyValuesAndChangesNothingElse() throws Exception {
        StoredEvent stored = StoredEvent.revision1("03-ni130-target-2011-12-revised-to-9000-reason-x");

        JsonNode upcast = upcast(stored).getData(JsonNode.class).getData();

        ObjectNode expected = (ObjectNode) JSON.readTree(stored.payload());
        expected.putObject("justification").put("code", "OTHER").put("reason", "x").putNull("decision");
        expected.putNull("effectiveFrom");
        expected.putNull("proposalId");
        assertThat(upcast).isEqualTo(expected);
    }

    @Test
    void aLegacyFirstSettingHasNoJustificationEvenWithAReasonInItsMetadata() {
        StoredEvent first = StoredEvent.revision1("02-ni130-target-2011-12-set-12000");
        StoredEvent withReason = first.withMetaData(first.metaData().replace("\"actor\"", "\"reason\":\"import\",\"actor\""));

        TargetSetEvent read = (TargetSetEvent) withReason.read(SERIALIZER, UPCASTERS).getPayload();

        assertThat(read.getClass()).isEqualTo(TargetSetEvent.class);
        assertThat(read.justification()).isNull();
    }

    @Test
    void aLegacyRevisionStoredWithoutAReasonHasNoJustification() {
        StoredEvent revision = StoredEvent.revision1("03-ni130-target-2011-12-revised-to-9000-reason-x");
        StoredEvent withoutReason = revision.withMetaData(revision.metaData().replace("\"reason\":\"x\",", ""));
        assertThat(withoutReason.metaData()).doesNotContain("reason");

        TargetSetEvent read = (TargetSetEvent) withoutReason.read(SERIALIZER, UPCASTERS).getPayload();

        assertThat(read.previous()).isEqualTo(TWELVE_THOUSAND);
        assertThat(read.justification()).isNull();
    }

    @Test
    void anEventThatRevision2LeftAloneIsReadAsStored() {
        StoredEvent created = StoredEvent.revision1("15-savings-programme-created-by-import");

        IntermediateEventRepresentation read = upcast(created);

        assertThat(read.getType().getRevision()).isEqualTo("1");
        assertThat(read.getData(byte[].class).getData()).isEqualTo(created.asEntry().getPayload().getData());
    }

    @Test
    void anEventAlreadyAtRevision2IsNotUpcastAgainNorGivenTheReasonOfItsMetadata() {
        TargetSetEvent eased = new TargetSetEvent(NI130, FY_2011_12, new Target.AtLeast(new BigDecimal("9000"), true),
                "9,000", TWELVE_THOUSAND, "12,000",
                new Justification(ReasonCode.POLICY_CHANGE, "Cabinet eased the target in year",
                        new Decision("Cabinet 12 March 2011, minute 45", "Cabinet", LocalDate.of(2011, 3, 12),
                                URI.create("https://www.nottinghamshire.gov.uk/cabinet/2011-03-12#minute-45"))),
                Instant.parse("2011-03-12T18:00:00Z"), null);
        GenericDomainEventMessage<TargetSetEvent> message = new GenericDomainEventMessage<>("Indicator", "NI130", 2,
                eased, MetaData.with("reason", "something else entirely"));
        SerializedObject<byte[]> payload = SERIALIZER.serialize(eased, byte[].class);
        SerializedObject<byte[]> metaData = SERIALIZER.serialize(message.getMetaData(), byte[].class);
        StoredEvent stored = new StoredEvent("revision-2", message.getIdentifier(), "Indicator", "NI130", 2,
                message.getTimestamp().toString(), payload.getType().getName(), payload.getType().getRevision(),
                new String(metaData.getData()), new String(payload.getData()));

        assertThat(stored.payloadRevision()).isEqualTo("2");
        assertThat(stored.read(SERIALIZER, UPCASTERS).getPayload()).isEqualTo(eased);
        assertThat(upcast(stored).getData(byte[].class).getData()).isEqualTo(payload.getData());
    }

    @Test
    void aLegacyEventIsEffectiveFromTheMomentItWasRecorded() {
        TrackedEventMessage<?> read = StoredEvent.revision1("06-ni130-actual-2011-12-q1-recorded").read(SERIALIZER, UPCASTERS);

        EffectiveDated actual = (EffectiveDated) read.getPayload();

        assertThat(actual.effectiveFrom()).isNull();
        assertThat(actual.effectiveAt(read.getTimestamp())).isEqualTo(read.getTimestamp());
    }

    @Test
    void aFigureWithMoreDigitsThanADoubleHoldsSurvivesUpcastingExactly() {
        StoredEvent recorded = StoredEvent.revision1("06-ni130-actual-2011-12-q1-recorded");
        StoredEvent precise = new StoredEvent(recorded.name(), recorded.eventIdentifier(), recorded.aggregateType(),
                recorded.aggregateIdentifier(), recorded.sequenceNumber(), recorded.timestamp(), recorded.payloadType(),
                recorded.payloadRevision(), recorded.metaData(),
                recorded.payload().replace("\"value\":8120", "\"value\":8120.123456789012345678"));

        ActualRecordedEvent read = (ActualRecordedEvent) precise.read(SERIALIZER, UPCASTERS).getPayload();

        assertThat(read.value()).isEqualTo(new BigDecimal("8120.123456789012345678"));
    }

    /** The events revision 2 brought: none was ever stored at revision 1. */
    private static final Set<Class<?>> NEW_SINCE_REVISION_1 = Set.of(
            io.outturn.events.IndicatorDefinitionChangedEvent.class,
            io.outturn.events.IndicatorLineageLinkedEvent.class,
            io.outturn.events.TargetRevisionProposedEvent.class,
            io.outturn.events.TargetRevisionApprovedEvent.class,
            io.outturn.events.TargetRevisionRejectedEvent.class);

    private static List<Class<?>> eventRecords() {
        return Stream.of(IndicatorEvent.class, SavingsProgrammeEvent.class)
                .flatMap(family -> Arrays.stream(family.getPermittedSubclasses()))
                .toList();
    }

    private static Class<?> recordOf(StoredEvent stored) {
        return eventRecords().stream().filter(type -> type.getName().equals(stored.payloadType())).findFirst()
                .orElseThrow();
    }

    private static IntermediateEventRepresentation upcast(StoredEvent stored) {
        List<IntermediateEventRepresentation> upcast = UPCASTERS
                .upcast(Stream.of(new InitialEventRepresentation(stored.asEntry(), SERIALIZER)))
                .toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }

    private static SavingsProfile profile(String fy2011, String fy2012, String fy2013) {
        Map<FinancialYear, Money> amounts = new TreeMap<>();
        amounts.put(FY_2011_12, Money.of(fy2011));
        amounts.put(FY_2012_13, Money.of(fy2012));
        amounts.put(FY_2013_14, Money.of(fy2013));
        return SavingsProfile.of(amounts);
    }
}
