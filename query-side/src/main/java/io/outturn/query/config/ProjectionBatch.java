package io.outturn.query.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one processing batch of a projection has read and is going to write, kept as a resource of the batch's
 * root unit of work so that a batch of 200 events costs one read per collection and one {@code bulkWrite}
 * per collection, not one round trip per event.
 *
 * <p><b>When the writes happen.</b> A pooled streaming processor stores its tracking token in the first
 * prepare-commit handler of the batch, registered before any event is handled; prepare-commit handlers run in
 * registration order, and MongoDB offers no transaction spanning both. Flushing in a prepare-commit handler of
 * our own would therefore store the token first, and a failed write would then lose the batch. So
 * {@link FlushAtEndOfBatch} flushes right after the batch's last event is handled, before the token is
 * stored; a crash in between only means redelivery, which the sequence guards make harmless. Outside a
 * processor (plain tests, other units of work) the flush happens on prepare-commit instead.
 *
 * <p>Collections are flushed in the order the batch first asked for them: ask first for the documents that
 * are derived and last for the state they are derived from, so that a crash between two collections leaves
 * the state behind (and replayable), never ahead.
 */
public final class ProjectionBatch {

    private static final String RESOURCE = ProjectionBatch.class.getName();

    private final UnitOfWork<?> root;
    private final Map<String, PendingDocuments<?>> collections = new LinkedHashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<String, Runnable> afterCommitByKey = new LinkedHashMap<>();

    private ProjectionBatch(UnitOfWork<?> root) {
        this.root = root;
    }

    /** The batch being processed by the current unit of work (which must be active). */
    public static ProjectionBatch current() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            ProjectionBatch batch = new ProjectionBatch(root);
            root.onPrepareCommit(u -> batch.flush());
            root.afterCommit(u -> batch.runAfterCommit());
            return batch;
        });
    }

    /** The batch of the given unit of work, if one was started. */
    static Optional<ProjectionBatch> of(UnitOfWork<?> unitOfWork) {
        return Optional.ofNullable(unitOfWork.root().getResource(RESOURCE));
    }

    /**
     * The documents of one collection touched by this batch. {@code preloadIdOf} names, for an event payload of
     * the batch, the {@code _id} of the document it needs (or null): all of them are read in one query the
     * first time the collection is asked for.
     */
    @SuppressWarnings("unchecked")
    public <D> PendingDocuments<D> documents(MongoTemplate mongo, String collection, Class<D> type,
                                             Function<Object, String> preloadIdOf) {
        return (PendingDocuments<D>) collections.computeIfAbsent(collection, name -> {
            PendingDocuments<D> documents = new PendingDocuments<>(mongo, name, type);
            documents.preload(BatchPayloads.of(root).stream().map(preloadIdOf).toList());
            return documents;
        });
    }

    /** Runs once the batch has committed (and its token is stored), e.g. to tell live followers. */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /**
     * Like {@link #afterCommit(Runnable)}, but a later action with the same key replaces the earlier one: a
     * document updated by ten events of one batch is announced once, as it ends up.
     */
    public void afterCommit(String key, Runnable action) {
        afterCommitByKey.put(key, action);
    }

    private void runAfterCommit() {
        afterCommit.forEach(Runnable::run);
        afterCommitByKey.values().forEach(Runnable::run);
    }

    /** Writes every pending document, collection by collection; a no-op when nothing is pending. */
    public void flush() {
        collections.values().forEach(PendingDocuments::flush);
    }
}
