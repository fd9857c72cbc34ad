package io.outturn.command.sender;

import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.messaging.HandlerExecutionException;

/**
 * A command whose trip through Axon Server failed outside any handler: most often the command side handling it
 * went away (stopped or killed) before it answered, which Axon Server reports as a lost connection to the handler
 * (its code does not survive: the framework only knows it as an Axon Server error). The command may or may not
 * have been stored. A handler's own failure comes back as a {@link HandlerExecutionException} and is not one of
 * these.
 */
final class UnknownOutcome {

    private UnknownOutcome() {
    }

    static boolean handlerLost(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof HandlerExecutionException) {
                return false;
            }
            if (current instanceof AxonServerException) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }
}
