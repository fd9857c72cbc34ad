package io.outturn.query.config;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

import javax.annotation.Nonnull;
import java.util.Optional;

/**
 * Wraps the event handlers of the read-model projections so that, while a batch writes each event on its own
 * ({@link ProjectionBatch#writeEachEventAlone()}), an event's documents are written as soon as its handler returns,
 * and a failure of the handler or of those writes takes back what the event put before it propagates. The wrapper
 * runs inside the processor's dead-lettering, so such a failure dead-letters that one event. A dead letter
 * processed again is handled the same way. In an ordinary batch it does nothing.
 */
final class EachEventAloneEnhancer implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(@Nonnull MessageHandlingMember<T> original) {
        Class<?> declaringClass = original.declaringClass();
        ProcessingGroup group = declaringClass.getAnnotation(ProcessingGroup.class);
        if (group == null || !ProcessingGroups.ALL.contains(group.value())
                || !original.canHandleMessageType(EventMessage.class)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(@Nonnull Message<?> message, T target) throws Exception {
                if (retryingADeadLetter()) {
                    ProjectionBatch.current().writeEachEventAlone();
                }
                Optional<ProjectionBatch> alone = ProjectionBatch.ofCurrent().filter(ProjectionBatch::writesEachEventAlone);
                if (alone.isEmpty()) {
                    return super.handle(message, target);
                }
                ProjectionBatch batch = alone.get();
                batch.eventStarted();
                try {
                    Object result = super.handle(message, target);
                    batch.eventHandled();
                    return result;
                } catch (Exception | Error failure) {
                    batch.eventFailed();
                    throw failure;
                }
            }
        };
    }

    /**
     * A dead letter processed again is a batch of one as well, written before its handler returns: its failure is
     * then the handler's, which the dead-letter processing puts back in the queue with the new cause. Were it left to
     * the commit, the failure would escape the processing (Axon runs each letter in a unit of work nested in the
     * one of the whole retry) and the retry would fail as a whole.
     */
    private static boolean retryingADeadLetter() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.resources().containsKey(DeadLetter.class.getName()))
                .orElse(false);
    }
}
