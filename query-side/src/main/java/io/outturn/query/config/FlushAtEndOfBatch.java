package io.outturn.query.config;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Flushes the {@link ProjectionBatch} as soon as the last event of a processing batch has been handled, which
 * is before the processor stores its token (see {@link ProjectionBatch} for why that order matters).
 */
final class FlushAtEndOfBatch implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object result = chain.proceed();
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch && batch.isLastMessage()) {
            ProjectionBatch.of(unitOfWork).ifPresent(ProjectionBatch::flush);
        }
        return result;
    }
}
