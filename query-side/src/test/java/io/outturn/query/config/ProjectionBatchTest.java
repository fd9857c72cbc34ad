package io.outturn.query.config;

import io.outturn.query.testsupport.ReadModelMongo;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class ProjectionBatchTest {

    record Tally(@Id String id, int count) {
    }

    private ReadModelMongo readModels;
    private MongoTemplate mongo;

    @BeforeEach
    void openDatabase() {
        readModels = ReadModelMongo.open();
        mongo = spy(readModels.template());
    }

    @AfterEach
    void dropDatabase() {
        readModels.close();
    }

    private void count(String id) {
        PendingDocuments<Tally> tallies = ProjectionBatch.current().documents(mongo, "tallies", Tally.class,
                payload -> (String) payload);
        int sofar = tallies.find(id).map(Tally::count).orElse(0);
        tallies.put(id, new Tally(id, sofar + 1));
    }

    private Map<String, Integer> stored() {
        Map<String, Integer> counts = new TreeMap<>();
        readModels.template().findAll(Document.class, "tallies")
                .forEach(d -> counts.put(d.getString("_id"), d.getInteger("count")));
        return counts;
    }

    private static FlushAtEndOfBatch flushAtEndOfBatch() {
        return new FlushAtEndOfBatch("tallies", new SegmentFailures(Clock.systemUTC()), new BatchIsolation());
    }

    private static List<EventMessage<?>> events(String... payloads) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (String payload : payloads) {
            messages.add(GenericEventMessage.asEventMessage(payload));
        }
        return messages;
    }

    @Test
    void aBatchReadsItsDocumentsOnceAndWritesThemInOneBulkWriteBeforeTheTokenIsStored() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("NI130", "NI131", "NI130"));
        AtomicReference<Map<String, Integer>> storedWhenTokenIsStored = new AtomicReference<>();
        // A processor registers its token update like this, before any event of the batch is handled.
        batch.onPrepareCommit(u -> storedWhenTokenIsStored.set(stored()));

        batch.executeWithResult(() -> flushAtEndOfBatch().handle(batch, () -> {
            count((String) CurrentUnitOfWork.get().getMessage().getPayload());
            return null;
        }));

        assertThat(storedWhenTokenIsStored.get()).isEqualTo(Map.of("NI130", 2, "NI131", 1));
        assertThat(stored()).isEqualTo(Map.of("NI130", 2, "NI131", 1));
        verify(mongo, times(1)).find(any(Query.class), eq(Document.class), eq("tallies"));
        verify(mongo, never()).findById(any(), eq(Tally.class), eq("tallies"));
        verify(mongo, times(1)).bulkOps(any(BulkOperations.BulkMode.class), eq(Tally.class), eq("tallies"));
    }

    @Test
    void anAppendOnlyCollectionGetsOneInsertAndARedeliveredEntryKeepsTheOneStored() throws Exception {
        mongo.insert(new Document("_id", "event-1").append("actor", "manager"), "log");

        new BatchingUnitOfWork<>(events("event-1", "event-2")).executeWithResult(() -> {
            PendingDocuments<Document> log = ProjectionBatch.current().appendOnly(mongo, "log");
            log.put("event-1", new Document("actor", "someone else"));
            log.put("event-2", new Document("actor", "auditor"));
            return null;
        });

        Map<String, String> actors = new TreeMap<>();
        readModels.template().findAll(Document.class, "log")
                .forEach(d -> actors.put(d.getString("_id"), d.getString("actor")));
        assertThat(actors).isEqualTo(Map.of("event-1", "manager", "event-2", "auditor"));
        verify(mongo, never()).bulkOps(any(BulkOperations.BulkMode.class), any(Class.class), eq("log"));
        verify(mongo, never()).find(any(Query.class), eq(Document.class), eq("log"));
    }

    @Test
    void documentsAlreadyStoredAreUpdatedNotDuplicated() throws Exception {
        mongo.insert(new Tally("NI130", 5), "tallies");

        new BatchingUnitOfWork<>(events("NI130")).executeWithResult(() -> {
            count("NI130");
            return null;
        });

        assertThat(stored()).isEqualTo(Map.of("NI130", 6));
    }

    @Test
    void aBatchThatFailsWritesNothing() {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("NI130", "NI131"));

        ResultMessage<Object> result = batch.executeWithResult(() -> flushAtEndOfBatch().handle(batch, () -> {
            String payload = (String) CurrentUnitOfWork.get().getMessage().getPayload();
            count(payload);
            if (payload.equals("NI131")) {
                throw new IllegalStateException("MongoDB went away");
            }
            return null;
        }));

        assertThat(result.isExceptional()).isTrue();
        assertThat(result.exceptionResult()).hasMessageContaining("MongoDB went away");
        assertThat(batch.isRolledBack()).isTrue();
        assertThat(stored()).isEmpty();
    }

    @Test
    void outsideAProcessorTheWritesHappenWhenTheUnitOfWorkCommits() {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("NI130"));
        count("NI130");

        assertThat(stored()).isEmpty();
        unitOfWork.commit();
        assertThat(stored()).isEqualTo(Map.of("NI130", 1));
    }

    @Test
    void anAnnouncementKeyedByDocumentRunsOnceAfterCommitWithTheLastValue() throws Exception {
        List<String> announced = new ArrayList<>();
        List<String> storedAtAnnouncement = new ArrayList<>();

        new BatchingUnitOfWork<>(events("NI130", "NI130")).executeWithResult(() -> {
            count("NI130");
            int now = ProjectionBatch.current().documents(mongo, "tallies", Tally.class, p -> null)
                    .find("NI130").orElseThrow().count();
            ProjectionBatch.current().afterCommit("NI130", () -> {
                announced.add("NI130=" + now);
                storedAtAnnouncement.add(String.valueOf(stored().get("NI130")));
            });
            return null;
        });

        assertThat(announced).containsExactly("NI130=2");
        assertThat(storedAtAnnouncement).containsExactly("2");
    }

    @Test
    void aBeforeFlushActionRunsOnceWithItsLastRegistrationAndItsWritesLandBeforeTheTokenIsStored() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("NI130", "NI130", "NI130"));
        AtomicReference<Map<String, Integer>> storedWhenTokenIsStored = new AtomicReference<>();
        batch.onPrepareCommit(u -> storedWhenTokenIsStored.set(stored()));
        List<Integer> rendered = new ArrayList<>();

        batch.executeWithResult(() -> flushAtEndOfBatch().handle(batch, () -> {
            ProjectionBatch current = ProjectionBatch.current();
            PendingDocuments<Tally> tallies = current.documents(mongo, "tallies", Tally.class);
            int seen = current.local("seen", () -> new int[1])[0]++;
            current.beforeFlush("NI130", () -> {
                rendered.add(seen + 1);
                tallies.put("NI130", new Tally("NI130", seen + 1));
            });
            return null;
        }));

        assertThat(rendered).containsExactly(3);
        assertThat(storedWhenTokenIsStored.get()).isEqualTo(Map.of("NI130", 3));
        assertThat(stored()).isEqualTo(Map.of("NI130", 3));
    }

    @Test
    void outsideAProcessorBeforeFlushActionsRunWhenTheUnitOfWorkCommits() {
        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("NI130"));
        PendingDocuments<Tally> tallies = ProjectionBatch.current().documents(mongo, "tallies", Tally.class);
        ProjectionBatch.current().beforeFlush("NI130", () -> tallies.put("NI130", new Tally("NI130", 7)));

        assertThat(stored()).isEmpty();
        unitOfWork.commit();
        assertThat(stored()).isEqualTo(Map.of("NI130", 7));
    }

    @Test
    void aBatchOnlyWrittenToReadsNothingAhead() throws Exception {
        new BatchingUnitOfWork<>(events("NI130", "NI131")).executeWithResult(() -> {
            ProjectionBatch.current().documents(mongo, "tallies", Tally.class).put("NI130", new Tally("NI130", 1));
            return null;
        });

        verify(mongo, never()).find(any(Query.class), eq(Document.class), eq("tallies"));
        assertThat(stored()).isEqualTo(Map.of("NI130", 1));
    }

    @Test
    void theProcessorGetsOneReadyResultForEveryEventInsteadOfANewMessageForEach() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("NI130", "NI131"));
        List<Object> results = new ArrayList<>();

        ResultMessage<Object> result = batch.executeWithResult(() -> {
            Object handled = flushAtEndOfBatch().handle(batch, () -> null);
            results.add(handled);
            return handled;
        });

        assertThat(results).hasSize(2).allSatisfy(r -> assertThat(r).isSameAs(FlushAtEndOfBatch.NO_RESULT));
        assertThat(result).isSameAs(FlushAtEndOfBatch.NO_RESULT);
        assertThat(result.isExceptional()).isFalse();
        assertThat(result.getPayload()).isNull();
        assertThat(result.getMetaData()).isEmpty();
    }

    @Test
    void aHandlerResultThatIsNotEmptyIsPassedOnUnchanged() throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events("NI130"));

        ResultMessage<Object> result = batch.executeWithResult(() -> flushAtEndOfBatch().handle(batch, () -> "done"));

        assertThat(result).isNotSameAs(FlushAtEndOfBatch.NO_RESULT);
        assertThat(result.getPayload()).isEqualTo("done");
    }
}
