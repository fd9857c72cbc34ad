package io.outturn.command.config;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.ErrorDetails;
import io.outturn.web.problem.OutturnException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Packs a rejection's code, field and message into the {@link CommandExecutionException}'s details, the only
 * part of a failure that survives the trip back through Axon Server (the exception itself does not). The
 * HTTP side unpacks it into the same problem document as a local rejection. A command for an aggregate that
 * does not exist is packed as NOT_FOUND; the controller knows whether that is an indicator or a programme.
 */
class RejectionWrappingInterceptor implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (OutturnException rejection) {
            throw new CommandExecutionException(rejection.getMessage(), rejection, rejection.details());
        } catch (AggregateNotFoundException missing) {
            throw new CommandExecutionException(missing.getMessage(), missing,
                    new ErrorDetails(ErrorCode.NOT_FOUND.name(), null, missing.getMessage()));
        }
    }
}
