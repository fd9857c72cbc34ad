package io.outturn.command.config;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.axonserver.connector.AxonServerException;
import org.axonframework.messaging.HandlerExecutionException;

/**
 * A command whose trip through Axon Server failed outside any handler: most often the command side handling it
 * went away (stopped or killed) before it answered, which Axon Server reports as a lost connection to the handler
 * (its code does not survive: the framework only knows it as an Axon Server error). The command may or may not
 * have been stored, so the client is told the service was unavailable and to read the resource before sending it
 * again; it is not an internal error. A handler's own failure comes back as a {@link HandlerExecutionException}
 * and is not one of these.
 */
public final class UnknownOutcome {

    private UnknownOutcome() {
    }

    public static boolean handlerLost(Throwable failure) {
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

    public static OutturnException rejection() {
        return new OutturnException(ErrorCode.SERVICE_UNAVAILABLE, null, "the command side handling this command "
                + "stopped before it answered; it may or may not have been applied: read the resource, then send it "
                + "again if it is still needed");
    }
}
