package io.outturn.query.config;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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
 *
 * <p><b>Rendering once per batch.</b> A handler folds each event into its aggregate's state (cheap) and leaves
 * the rendering of what derives from it (cards, series, views) to {@link #beforeFlush(String, Runnable)}: keyed
 * by aggregate, so that an aggregate touched by fifty events of a batch is rendered once, from its final state.
 */
public final class ProjectionBatch {

    private static final String RESOURCE = ProjectionBatch.class.getName();

    private final UnitOfWork<?> root;
    private final Map<String, PendingDocuments<?>> collections = new LinkedHashMap<>();
    private final Map<String, Object> locals = new HashMap<>();
    private final Map<String, Runnable> beforeFlush = new LinkedHashMap<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final Map<String, Runnable> afterCommitByKey = new LinkedHashMap<>();
    private List<Object> payloads;
    private boolean eachEventAlone;
    private int afterCommitMark;
    private Map<String, Runnable> afterCommitByKeyMark = Map.of();

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

    /** The batch of the current unit of work, if there is one and it has started a batch. */
    static Optional<ProjectionBatch> ofCurrent() {
        return CurrentUnitOfWork.isStarted() ? of(CurrentUnitOfWork.get()) : Optional.empty();
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
    public <D> PendingDocuments<D> documents(MongoTemplate mongo, String collection, Class<D> type,
                                             Function<Object, String> preloadIdOf) {
        return collection(mongo, collection, type, Objects.requireNonNull(preloadIdOf, "preloadIdOf"));
    }

    /**
     * The documents of one collection touched by this batch, none of them read ahead: for documents that the
     * batch only writes, or reads by ids its payloads do not name.
     */
    public <D> PendingDocuments<D> documents(MongoTemplate mongo, String collection, Class<D> type) {
        return collection(mongo, collection, type, null);
    }

    /**
     * The documents this batch adds to an append-only collection (a log: a document, once written, never
     * changes), written with one unordered insert; see {@link PendingDocuments}.
     */
    @SuppressWarnings("unchecked")
    public PendingDocuments<Document> appendOnly(MongoTemplate mongo, String collection) {
        return (PendingDocuments<Document>) collections.computeIfAbsent(collection,
                name -> new PendingDocuments<>(mongo, name, Document.class, true));
    }

    @SuppressWarnings("unchecked")
    private <D> PendingDocuments<D> collection(MongoTemplate mongo, String collection, Class<D> type,
                                               Function<Object, String> preloadIdOf) {
        return (PendingDocuments<D>) collections.computeIfAbsent(collection, name -> {
            PendingDocuments<D> documents = new PendingDocuments<>(mongo, name, type);
            if (preloadIdOf != null) {
                documents.preload(payloads().stream().map(preloadIdOf).toList());
            }
            return documents;
        });
    }

    /**
     * A value that lives as long as this batch, made by {@code initial} the first time {@code name} is asked for:
     * e.g. a projection's folded states, kept in the form it folds rather than as the documents it stores.
     */
    @SuppressWarnings("unchecked")
    public <T> T local(String name, Supplier<T> initial) {
        return (T) locals.computeIfAbsent(name, key -> initial.get());
    }

    /**
     * Runs when the batch flushes, before any collection is written; a later action with the same key replaces
     * the earlier one. Meant for rendering derived documents from an aggregate's state as it ends the batch,
     * instead of after each of its events. The action may put documents and register after-commit actions.
     */
    public void beforeFlush(String key, Runnable action) {
        beforeFlush.put(key, action);
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

    /**
     * Runs the before-flush actions, converts every pending document of every collection, then writes them,
     * collection by collection; a no-op when nothing is pending. A document that cannot be converted fails the
     * flush before anything is written.
     */
    public void flush() {
        // An action may register another (or re-register its own key); each runs once, before any write.
        while (!beforeFlush.isEmpty()) {
            List<Runnable> actions = List.copyOf(beforeFlush.values());
            beforeFlush.clear();
            actions.forEach(Runnable::run);
        }
        collections.values().forEach(PendingDocuments::prepare);
        collections.values().forEach(PendingDocuments::write);
    }

    /**
     * From now on, each event of this batch is a batch of its own: its documents are rendered and written as soon
     * as its handler returns, and a failure while handling or writing it forgets what it put (see
     * {@link #eventFailed()}), so that it can be set aside (dead-lettered) while the batch goes on. Used for the
     * retry of a batch whose writes failed for a reason that retrying does not cure, which tells which of its
     * events is to blame; a healthy batch keeps rendering each aggregate once and writing once.
     */
    void writeEachEventAlone() {
        eachEventAlone = true;
    }

    boolean writesEachEventAlone() {
        return eachEventAlone;
    }

    /** Marks where an event's own actions start, so that {@link #eventFailed()} can take them back. */
    void eventStarted() {
        afterCommitMark = afterCommit.size();
        afterCommitByKeyMark = new LinkedHashMap<>(afterCommitByKey);
    }

    /** The event's handler returned: when each event is a batch of its own, its documents are written now. */
    void eventHandled() {
        if (eachEventAlone) {
            flush();
        }
    }

    /**
     * The event's handler or its writes failed: drops everything it put, every document and value the batch held
     * (the store has all that earlier events wrote, and is read again), and the announcements it registered.
     */
    void eventFailed() {
        beforeFlush.clear();
        locals.clear();
        collections.values().forEach(PendingDocuments::forget);
        afterCommit.subList(Math.min(afterCommitMark, afterCommit.size()), afterCommit.size()).clear();
        afterCommitByKey.clear();
        afterCommitByKey.putAll(afterCommitByKeyMark);
    }

    /** The payloads of the batch's events, read once however many collections preload from them. */
    private List<Object> payloads() {
        if (payloads == null) {
            payloads = BatchPayloads.of(root);
        }
        return payloads;
    }
}
