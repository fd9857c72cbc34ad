package io.outturn.command.api;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import io.outturn.web.problem.OutturnExceptions;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Sends a command and waits until its events are stored. A command for an aggregate that does not exist comes
 * back as Axon's not-found (locally) or as NOT_FOUND details (through Axon Server): only the caller knows
 * whether that was an indicator or a programme, so it names the code.
 */
@Component
class CommandSender {

    private final CommandGateway commandGateway;

    CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    CommandResult send(OutturnCommand command, ErrorCode notFound, String notFoundDetail) {
        Object result;
        try {
            result = commandGateway.sendAndWait(command);
        } catch (AggregateNotFoundException missing) {
            throw new OutturnException(notFound, notFoundDetail);
        } catch (CommandExecutionException failure) {
            if (isNotFound(failure)) {
                throw new OutturnException(notFound, notFoundDetail);
            }
            throw failure;
        }
        if (result instanceof CommandResult commandResult) {
            return commandResult;
        }
        throw new IllegalStateException(command.getClass().getSimpleName() + " answered " + result
                + " instead of a CommandResult");
    }

    private static boolean isNotFound(CommandExecutionException failure) {
        if (failure.getCause() instanceof AggregateNotFoundException) {
            return true;
        }
        return OutturnExceptions.unwrap(failure).map(rejection -> rejection.code() == ErrorCode.NOT_FOUND).orElse(false);
    }
}
