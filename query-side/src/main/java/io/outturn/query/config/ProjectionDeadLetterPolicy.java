package io.outturn.query.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what becomes of an event a projection failed on (see {@link ProjectionFailure} for which failures are
 * whose). The event's own failure dead-letters it, with the failure's stable code in the letter's diagnostics
 * ({@value ProjectionFailure#DIAGNOSTICS_CODE}) and its short message as the cause. A failure of the infrastructure is not the event's: while
 * the processor handles a batch it is thrown on, so that the batch rolls back and is retried with back-off (a
 * decision not to enqueue would make the processor skip the event); while an operator retries a dead letter, the
 * letter stays in the queue.
 */
final class ProjectionDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    private static final Logger log = LoggerFactory.getLogger(ProjectionDeadLetterPolicy.class);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        ProjectionFailure failure = ProjectionFailure.of(cause);
        if (failure.transientFailure()) {
            if (retryingADeadLetter()) {
                return Decisions.requeue(new DeadLetterCause(failure),
                        requeued -> requeued.diagnostics().and(ProjectionFailure.DIAGNOSTICS_CODE, failure.code().name()));
            }
            throw retryTheBatch(cause);
        }
        EventMessage<?> event = letter.message();
        log.warn("Dead-lettering event {} ({}{}): {}", event.getIdentifier(), event.getPayloadType().getSimpleName(),
                event instanceof DomainEventMessage<?> domain
                        ? " of " + domain.getAggregateIdentifier() + ", sequence " + domain.getSequenceNumber() : "",
                failure.code(), cause);
        return Decisions.enqueue(new DeadLetterCause(failure),
                enqueued -> enqueued.diagnostics().and(ProjectionFailure.DIAGNOSTICS_CODE, failure.code().name()));
    }

    /** A dead letter being processed again carries itself as a resource of its unit of work. */
    private static boolean retryingADeadLetter() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().containsKey(DeadLetter.class.getName()))
                .orElse(false);
    }

    private static RuntimeException retryTheBatch(Throwable cause) {
        if (cause instanceof RuntimeException unchecked) {
            return unchecked;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException("projection failed for a reason outside the event; the batch is retried", cause);
    }

    /** What the queue stores as the cause: the failure's short message, no Java type or stack trace. */
    static final class DeadLetterCause extends RuntimeException {
        DeadLetterCause(ProjectionFailure failure) {
            super(failure.message(), null, false, false);
        }
    }
}
