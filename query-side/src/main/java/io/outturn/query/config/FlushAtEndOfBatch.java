package io.outturn.query.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.OptionalLong;

/**
 * Flushes the {@link ProjectionBatch} as soon as the last event of a processing batch has been handled, which
 * is before the processor stores its token (see {@link ProjectionBatch} for why that order matters). It also
 * keeps the segment's record: a failed batch is noted in {@link SegmentFailures} (the processor itself forgets the
 * segment while it waits to retry), a committed one clears it; and a batch whose writes failed for a reason a retry
 * does not cure is retried writing each event on its own, so that the event to blame is dead-lettered and the rest
 * of the batch applied.
 *
 * <p>An event handler's result is always empty, but a {@link BatchingUnitOfWork} wraps each event's result in a
 * new result message, and every new message draws a random UUID for its identifier: one draw per event per
 * processor from the JVM's shared {@code SecureRandom}, which the processors' threads then queue for. Handing
 * the unit of work a result message that is already one saves that, and nothing reads the identifier.
 */
final class FlushAtEndOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    /** Built from parts, so that it neither draws an identifier nor picks up the correlation data of a unit of work. */
    static final ResultMessage<Void> NO_RESULT = new GenericResultMessage<>(
            new GenericMessage<>("projection-handler-result", Void.class, null, MetaData.emptyInstance()));

    private final String projection;
    private final String segmentResource;
    private final SegmentFailures failures;
    private final BatchIsolation isolation;

    FlushAtEndOfBatch(String projection, SegmentFailures failures, BatchIsolation isolation) {
        this.projection = projection;
        // Where a pooled streaming processor's work package puts the segment of the batch it runs.
        this.segmentResource = "Processor[" + projection + "]/SegmentId";
        this.failures = failures;
        this.isolation = isolation;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isFirstMessage()) {
            startBatch(unitOfWork);
        }
        Object result = chain.proceed();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            ProjectionBatch.of(unitOfWork).ifPresent(projectionBatch -> flush(projectionBatch, unitOfWork));
        }
        return result == null ? NO_RESULT : result;
    }

    private void startBatch(UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        Integer segment = unitOfWork.root().getResource(segmentResource);
        if (segment == null) {
            return;
        }
        if (isolation.requested(projection, segment)) {
            ProjectionBatch.current().writeEachEventAlone();
        }
        List<? extends Message<?>> messages = ((BatchingUnitOfWork<?>) unitOfWork).getMessages();
        Long stuckAt = positionOf(messages.get(0));
        Long last = positionOf(messages.get(messages.size() - 1));
        unitOfWork.root().onRollback(u -> failures.failed(projection, segment,
                u.getExecutionResult().getExceptionResult(), stuckAt));
        unitOfWork.root().afterCommit(u -> {
            failures.succeeded(projection, segment);
            isolation.committed(projection, segment, last);
        });
    }

    private static Long positionOf(Message<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null) {
            OptionalLong position = tracked.trackingToken().position();
            return position.isPresent() ? position.getAsLong() : null;
        }
        return null;
    }

    private void flush(ProjectionBatch batch, UnitOfWork<? extends EventMessage<?>> unitOfWork) {
        try {
            batch.flush();
        } catch (RuntimeException failure) {
            Integer segment = unitOfWork.root().getResource(segmentResource);
            if (segment != null && !batch.writesEachEventAlone() && !ProjectionFailure.of(failure).transientFailure()) {
                List<? extends Message<?>> messages = ((BatchingUnitOfWork<?>) unitOfWork).getMessages();
                isolation.request(projection, segment, positionOf(messages.get(messages.size() - 1)));
            }
            throw failure;
        }
    }
}
