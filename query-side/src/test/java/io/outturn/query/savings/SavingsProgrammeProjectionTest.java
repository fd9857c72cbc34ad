package io.outturn.query.savings;

import com.mongodb.client.MongoCollection;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsProgrammeEvent;
import io.outturn.query.testsupport.ReadModelMongo;
import io.outturn.values.LineId;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.outturn.query.savings.SeedSavingsProgramme.ID;
import static io.outturn.query.savings.SeedSavingsProgramme.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.CALLS_REAL_METHODS;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.times;

/** The projection's handler against MongoDB, without Axon's processors: what it writes, when, and what it ignores. */
class SavingsProgrammeProjectionTest {

    private static final Instant CREATED = Instant.parse("2011-03-01T09:00:00Z");
    private static final LineId ASC_2 = LineId.of("adult-social-care-2");

    private final ReadModelMongo mongo = ReadModelMongo.open();
    private final SavingsProgrammeStore store = new SavingsProgrammeStore(mongo.template());
    private final SavingsProgrammeProjection projection = new SavingsProgrammeProjection(mongo.template(), store);
    private final MongoCollection<Document> collection = mongo.template().getCollection(SavingsProgrammeDocument.COLLECTION);

    @AfterEach
    void dropDatabase() {
        mongo.close();
    }

    @Test
    void aBatchIsWrittenOnceWhenItCommitsAndHoldsEveryEventOfTheBatch() throws Exception {
        List<DomainEventMessage<?>> seed = seedMessages();
        BatchingUnitOfWork<DomainEventMessage<?>> batch = new BatchingUnitOfWork<>(seed);
        List<Long> storedWhileHandling = new ArrayList<>();

        batch.executeWithResult(() -> {
            handle(batch.getMessage());
            storedWhileHandling.add(collection.countDocuments());
            return null;
        });

        assertThat(storedWhileHandling).hasSize(54).containsOnly(0L);
        SavingsProgrammeState stored = store.find(ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(54);
        assertThat(stored.lines()).hasSize(53);
        assertThat(SavingsProgrammeViews.of(stored).totalAllYears().pounds()).isEqualByComparingTo("60407000");
    }

    @Test
    void aBatchContinuesFromTheStoredDocument() throws Exception {
        List<DomainEventMessage<?>> seed = seedMessages();
        runBatch(seed.subList(0, 20));
        runBatch(seed.subList(20, seed.size()));

        SavingsProgrammeState stored = store.find(ID).orElseThrow();
        assertThat(stored.version()).isEqualTo(54);
        assertThat(stored.lines()).hasSize(53);
    }

    @Test
    void redeliveredAndOlderEventsLeaveTheDocumentAsItWas() throws Exception {
        List<DomainEventMessage<?>> seed = seedMessages();
        runBatch(seed);
        DomainEventMessage<?> revision = message(new SavingsLineRevisedEvent(ID, ASC_2, profile(1_300_000, 700_000, 0),
                profile(0, 2_000_000, 0), null, null), 54);
        runBatch(List.of(revision));
        Document afterRevision = collection.find().first();

        runBatch(List.of(revision));
        runBatch(seed.subList(1, 10));

        assertThat(collection.find().first()).isEqualTo(afterRevision);
        assertThat(afterRevision.getLong(SavingsProgrammeDocument.LAST_SEQUENCE)).isEqualTo(54L);
    }

    @Test
    void aBatchReadsAndRendersItsProgrammeOnce() throws Exception {
        runBatch(seedMessages().subList(0, 20));

        try (MockedStatic<SavingsProgrammeDocument> documents =
                     mockStatic(SavingsProgrammeDocument.class, CALLS_REAL_METHODS)) {
            runBatch(seedMessages().subList(20, 54));

            documents.verify(() -> SavingsProgrammeDocument.toState(any()), times(1));
            documents.verify(() -> SavingsProgrammeDocument.toDocument(any()), times(1));
            documents.verify(() -> SavingsProgrammeDocument.toDocument(argThat(state -> state.version() == 54)));
        }
    }

    @Test
    void batchesGiveTheSameDocumentAsOneEventAtATime() throws Exception {
        List<DomainEventMessage<?>> events = new ArrayList<>(seedMessages());
        events.add(message(new SavingsLineRevisedEvent(ID, ASC_2, profile(1_300_000, 700_000, 0),
                profile(0, 2_000_000, 0), null, null), 54));
        for (DomainEventMessage<?> event : events) {
            runBatch(List.of(event));
        }
        Document oneAtATime = collection.find().first();
        projection.reset();

        runBatch(events.subList(0, 30));
        runBatch(events.subList(30, events.size()));

        assertThat(collection.find().first()).isEqualTo(oneAtATime);
        assertThat(oneAtATime.getLong(SavingsProgrammeDocument.LAST_SEQUENCE)).isEqualTo(54L);
    }

    @Test
    void anEventHandledOutsideAProcessorIsWrittenAtOnce() {
        DomainEventMessage<?> created = seedMessages().get(0);

        handle(created);

        assertThat(store.find(ID)).hasValueSatisfying(state -> assertThat(state.version()).isEqualTo(1));
    }

    @Test
    void resettingForAReplayEmptiesTheCollection() throws Exception {
        runBatch(seedMessages());

        projection.reset();

        assertThat(collection.countDocuments()).isZero();
    }

    private void runBatch(List<DomainEventMessage<?>> messages) throws Exception {
        BatchingUnitOfWork<DomainEventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> {
            handle(batch.getMessage());
            return null;
        });
    }

    private void handle(DomainEventMessage<?> message) {
        projection.on((SavingsProgrammeEvent) message.getPayload(), message.getSequenceNumber(), message.getTimestamp());
    }

    private static List<DomainEventMessage<?>> seedMessages() {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        messages.add(message(SeedSavingsProgramme.created(), 0));
        List<SavingsLineAddedEvent> lines = SeedSavingsProgramme.lines();
        for (int i = 0; i < lines.size(); i++) {
            messages.add(message(lines.get(i), i + 1L));
        }
        return messages;
    }

    private static DomainEventMessage<?> message(SavingsProgrammeEvent event, long sequence) {
        return new GenericDomainEventMessage<>("SavingsProgramme", event.aggregateId(), sequence, event,
                MetaData.emptyInstance(), UUID.randomUUID().toString(),
                CREATED.plus(Duration.ofMinutes(sequence)));
    }
}
