package io.outturn.query.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Flushes the {@link ProjectionBatch} as soon as the last event of a processing batch has been handled, which
 * is before the processor stores its token (see {@link ProjectionBatch} for why that order matters).
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

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            ProjectionBatch.of(unitOfWork).ifPresent(ProjectionBatch::flush);
        }
        return result == null ? NO_RESULT : result;
    }
}
