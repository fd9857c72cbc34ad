package io.outturn.query.eventstore;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.SavingsDeliveryRecordedEvent;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.testsupport.Ni130Revisions;
import io.outturn.query.testsupport.PublishedEvents.Published;
import io.outturn.query.testsupport.PublishedEvents;
import io.outturn.query.testsupport.Seed001;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.SavingsProfile;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.outturn.query.testsupport.Seed001.FY_2011_12;
import static io.outturn.query.testsupport.Seed001.FY_2012_13;
import static io.outturn.query.testsupport.Seed001.FY_2013_14;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader against an event store (Axon's embedded store over the in-memory engine): NI130's history from
 * {@link Ni130Revisions} and two lines of seed 001's savings programme (Nottinghamshire ASCH&amp;PP 2011-14).
 */
class EventStoreReaderTest {

    private static final IndicatorId NI130 = IndicatorId.of("NI130");
    private static final ProgrammeId NOTTS = ProgrammeId.of("notts-asch-pp-2011-14");
    private static final LineId MEALS = LineId.of("adult-social-care-1a");
    private static final LineId TRANSPORT = LineId.of("adult-social-care-1b");

    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final PublishedEvents events = new PublishedEvents(eventStore);
    private final EventStoreReader reader = new EventStoreReader(new AggregateEvents(eventStore));

    private List<Published> ni130;

    @BeforeEach
    void publishNi130() {
        ni130 = Ni130Revisions.publish(events, NI130);
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void withoutAMomentEveryEventOfTheAggregateIsReadInSequence() {
        List<RecordedEvent> all = reader.eventsOf(NI130.value(), null);

        assertThat(all).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(all).extracting(RecordedEvent::eventId)
                .containsExactlyElementsOf(ni130.stream().map(Published::eventId).toList());
        assertThat(all.get(0).event()).isInstanceOf(IndicatorDefinedEvent.class);
    }

    @Test
    void asOfJustBeforeARevisionTheRevisionIsNotYetKnown() {
        List<RecordedEvent> known = reader.eventsOf(NI130.value(), Ni130Revisions.REVISED_AT.minusNanos(1));

        assertThat(known).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void anEventRecordedAtExactlyAsOfIsIncluded() {
        List<RecordedEvent> known = reader.eventsOf(NI130.value(), Ni130Revisions.REVISED_AT);

        assertThat(known).extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        RecordedEvent revision = known.get(4);
        assertThat(revision.recordedAt()).isEqualTo(Ni130Revisions.REVISED_AT);
        assertThat(revision.reason()).isEqualTo(Ni130Revisions.STRETCH);
        assertThat(revision.actor()).isEqualTo("manager");
        assertThat(revision.source()).isEqualTo("api");
        assertThat(revision.correlationId()).isEqualTo(ni130.get(4).metaData().get("correlationId"));
        assertThat(((TargetSetEvent) revision.event()).target()).isEqualTo(Ni130Revisions.TWELVE_THOUSAND_FIVE_HUNDRED);
    }

    @Test
    void asOfIsDecidedToTheNanosecond() {
        IndicatorId reassessments = IndicatorId.of("PB-KPI2");
        Instant recordedAt = Instant.parse("2011-05-01T12:00:00.000000500Z");
        events.at(recordedAt).append(Seed001.reassessmentsDefined(reassessments));

        assertThat(reader.eventsOf(reassessments.value(), recordedAt)).hasSize(1);
        assertThat(reader.eventsOf(reassessments.value(), recordedAt.minusNanos(1))).isEmpty();
    }

    @Test
    void aSnapshotInTheStoreDoesNotHideTheEventsBeforeIt() {
        eventStore.storeSnapshot(new GenericDomainEventMessage<>("Indicator", NI130.value(), 4,
                "state of NI130 at version 5"));
        assertThat(eventStore.readEvents(NI130.value()).peek().getSequenceNumber())
                .as("the store starts a snapshot-aware read at the snapshot")
                .isEqualTo(4);

        assertThat(reader.eventsOf(NI130.value(), Ni130Revisions.Q1_RECORDED_AT))
                .extracting(RecordedEvent::version).containsExactly(1L, 2L, 3L, 4L);
        assertThat(reader.eventsOf(NI130.value(), null)).hasSize(7)
                .allSatisfy(recorded -> assertThat(recorded.event()).isNotNull());
        assertThat(reader.targetEventsOf(NI130, FY_2011_12)).extracting(RecordedEvent::version)
                .containsExactly(2L, 5L);
        assertThat(reader.indicatorExists(NI130)).isTrue();
    }

    @Test
    void theTargetEventsOfAYearAreItsSettingsRevisionsAndWithdrawalOnly() {
        assertThat(reader.targetEventsOf(NI130, FY_2011_12)).extracting(RecordedEvent::version)
                .containsExactly(2L, 5L);
        assertThat(reader.targetEventsOf(NI130, FY_2012_13)).extracting(RecordedEvent::version)
                .containsExactly(3L, 7L);
        assertThat(reader.targetEventsOf(NI130, FY_2013_14)).isEmpty();
    }

    @Test
    void theEventsOfALineAreThoseNamingThatLineOnly() {
        publishNottsProgramme();

        assertThat(reader.lineEventsOf(NOTTS, MEALS))
                .extracting(recorded -> recorded.event().getClass().getSimpleName())
                .containsExactly("SavingsLineAddedEvent", "SavingsLineRevisedEvent", "SavingsDeliveryRecordedEvent");
        assertThat(reader.lineEventsOf(NOTTS, TRANSPORT)).extracting(RecordedEvent::version).containsExactly(3L);
        assertThat(reader.lineEventsOf(NOTTS, LineId.of("adult-social-care-9"))).isEmpty();
    }

    @Test
    void theFirstEventTellsWhetherAnIdentifierIsAnIndicatorOrAProgramme() {
        publishNottsProgramme();

        assertThat(reader.indicatorExists(NI130)).isTrue();
        assertThat(reader.programmeExists(ProgrammeId.of(NI130.value()))).isFalse();
        assertThat(reader.programmeExists(NOTTS)).isTrue();
        assertThat(reader.indicatorExists(IndicatorId.of(NOTTS.value()))).isFalse();
        assertThat(reader.indicatorExists(IndicatorId.of("NI999"))).isFalse();
        assertThat(reader.programmeExists(ProgrammeId.of("no-such-programme"))).isFalse();
    }

    private void publishNottsProgramme() {
        events.append(
                new SavingsProgrammeCreatedEvent(NOTTS,
                        "Adult Social Care, Health and Public Protection savings and efficiencies 2011-14",
                        "Nottinghamshire County Council", List.of(FY_2011_12, FY_2012_13, FY_2013_14),
                        Money.of("63833000")),
                new SavingsLineAddedEvent(NOTTS, MEALS, "1a",
                        "Increased charges - Meals & Impact of Day Service charge with new personal budgets",
                        "Adult Social Care", thousands(400, 251, 0), null),
                new SavingsLineAddedEvent(NOTTS, TRANSPORT, "1b", "Increased charges - Transport",
                        "Adult Social Care", thousands(239, 55, 26), null));
        events.because("charges agreed later in the year").append(
                new SavingsLineRevisedEvent(NOTTS, MEALS, thousands(400, 251, 0), thousands(350, 301, 0), null, null),
                new SavingsDeliveryRecordedEvent(NOTTS, MEALS, FY_2011_12, Quarter.Q2,
                        Money.ofThousands(new BigDecimal("180")), Rag.AMBER, null, null));
    }

    private static SavingsProfile thousands(long fy2011, long fy2012, long fy2013) {
        Map<FinancialYear, Money> amounts = new TreeMap<>();
        amounts.put(FY_2011_12, Money.ofThousands(BigDecimal.valueOf(fy2011)));
        amounts.put(FY_2012_13, Money.ofThousands(BigDecimal.valueOf(fy2012)));
        amounts.put(FY_2013_14, Money.ofThousands(BigDecimal.valueOf(fy2013)));
        return SavingsProfile.of(amounts);
    }
}
