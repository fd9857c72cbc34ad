package io.outturn.query.deadletter;

import io.outturn.query.config.ProcessingGroups;
import io.outturn.query.config.ProjectionFailure;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.Cause;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The projections' dead-letter queues as an operator works them: list what was set aside and why, process it
 * again (after a fix, or once what it needed is there), or evict it for good. An evicted event is not applied to
 * that projection again until the projection is replayed; evicting an aggregate's first queued event lets the
 * following ones be retried, and evicting all of them lets the aggregate's new events through again.
 */
@Component
class DeadLetters {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    DeadLetterPage list(String projection, int page, int size) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        long skip = (long) page * size;
        List<DeadLetterView> items = new ArrayList<>(size);
        long seen = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (seen++ >= skip && items.size() < size) {
                    items.add(view(letter));
                }
            }
            if (items.size() == size) {
                break;
            }
        }
        return new DeadLetterPage(projection, items, page, size, queue.size());
    }

    /**
     * Processes every aggregate's queued events again, each aggregate once, in order; an aggregate whose events
     * all apply leaves the queue, one that fails again stays with its new cause.
     */
    RetryOutcome retry(String projection) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(projection)
                .orElseThrow(() -> notFound(projection));
        Set<String> tried = new HashSet<>();
        int applied = 0;
        long sequences = queue.amountOfSequences();
        for (long i = 0; i < sequences; i++) {
            AtomicReference<String> picked = new AtomicReference<>();
            boolean allApplied = processor.process(letter -> {
                String sequence = sequenceOf(letter);
                if (tried.contains(sequence)) {
                    return false;
                }
                picked.set(sequence);
                return true;
            });
            if (picked.get() == null) {
                break;
            }
            tried.add(picked.get());
            if (allApplied) {
                applied++;
            }
        }
        long remaining = queue.size();
        log.info("Retried the dead letters of projection {}: {} aggregates tried, {} applied, {} letters remain",
                projection, tried.size(), applied, remaining);
        return new RetryOutcome(projection, tried.size(), applied, remaining);
    }

    /** Evicts one dead letter, by its event's identifier. */
    void evict(String projection, String eventId) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        DeadLetter<? extends EventMessage<?>> letter = find(queue, eventId).orElseThrow(() ->
                new OutturnException(ErrorCode.DEAD_LETTER_NOT_FOUND, "eventId",
                        "projection " + projection + " has no dead letter for event " + eventId));
        queue.evict(letter);
        log.warn("Evicted event {} from the dead letters of projection {}: it is not applied to it", eventId, projection);
    }

    /** Evicts every dead letter of the projection; returns how many there were. */
    long evictAll(String projection) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(projection);
        long evicted = queue.size();
        queue.clear();
        log.warn("Evicted all {} dead letters of projection {}: they are not applied to it", evicted, projection);
        return evicted;
    }

    private static Optional<DeadLetter<? extends EventMessage<?>>> find(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                                       String eventId) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (letter.message().getIdentifier().equals(eventId)) {
                    return Optional.of(letter);
                }
            }
        }
        return Optional.empty();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String projection) {
        if (!ProcessingGroups.ALL.contains(projection)) {
            throw notFound(projection);
        }
        return processing.deadLetterQueue(projection).orElseThrow(() -> notFound(projection));
    }

    private static OutturnException notFound(String projection) {
        return new OutturnException(ErrorCode.NOT_FOUND, "name", "no projection named " + projection);
    }

    /** Projections' events are sequenced by aggregate: the queue keeps an aggregate's events together. */
    private static String sequenceOf(DeadLetter<? extends EventMessage<?>> letter) {
        return letter.message() instanceof DomainEventMessage<?> domain
                ? domain.getAggregateIdentifier()
                : letter.message().getIdentifier();
    }

    private static DeadLetterView view(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> event = letter.message();
        DomainEventMessage<?> domain = event instanceof DomainEventMessage<?> d ? d : null;
        Object code = letter.diagnostics().get(ProjectionFailure.DIAGNOSTICS_CODE);
        return new DeadLetterView(event.getIdentifier(), event.getPayloadType().getSimpleName(),
                domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(),
                code == null ? null : codeOf(code.toString()),
                letter.cause().map(Cause::message).orElse(null),
                letter.enqueuedAt(), letter.lastTouched());
    }

    private static ProjectionFailure.Code codeOf(String name) {
        for (ProjectionFailure.Code code : ProjectionFailure.Code.values()) {
            if (code.name().equals(name)) {
                return code;
            }
        }
        return ProjectionFailure.Code.HANDLER_FAILED;
    }
}
