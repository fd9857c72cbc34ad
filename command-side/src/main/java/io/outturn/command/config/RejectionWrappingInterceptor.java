package io.outturn.command.config;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Packs a {@link Rejection} into the {@link CommandExecutionException}'s details, the only part of a failure
 * that survives the trip back through Axon Server (the exception itself does not). The sender finds it there
 * with {@link RejectedException#in}, on this JVM or another. A command for an aggregate that does not exist is
 * packed as NOT_FOUND; the sender knows whether that is an indicator or a programme. A command whose id holds an
 * aggregate of the other kind is ID_TAKEN.
 */
class RejectionWrappingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RejectedException rejected) {
            throw new CommandExecutionException(rejected.getMessage(), rejected, rejected.rejection());
        } catch (AggregateNotFoundException missing) {
            throw new CommandExecutionException(missing.getMessage(), missing,
                    new Rejection(Rejection.Code.NOT_FOUND, null, missing.getMessage()));
        } catch (IncompatibleAggregateException otherKind) {
            // Indicators and programmes share one event store, so one id space: the events under this id are of
            // the other kind, and this aggregate cannot be made of them.
            throw new CommandExecutionException(otherKind.getMessage(), otherKind, new Rejection(
                    Rejection.Code.ID_TAKEN, "id", "the id is already used by another kind of resource"));
        }
    }
}
