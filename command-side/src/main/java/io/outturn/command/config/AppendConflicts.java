package io.outturn.command.config;

import io.axoniq.axonserver.connector.ErrorCategory;
import io.outturn.command.OutturnCommand;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * An append that lost a race: another writer stored the aggregate's next event (or its first) between this
 * command's load and its append, so nothing of this command was stored. Locally Axon says so with its own
 * exceptions; through Axon Server the handling side's failure arrives as a message carrying Axon Server's code
 * for an invalid sequence number ({@code AXONIQ-2000}), the only part of it that survives the trip.
 */
public final class AppendConflicts {

    private static final String INVALID_SEQUENCE = "[" + ErrorCategory.INVALID_EVENT_SEQUENCE.errorCode() + "]";

    private AppendConflicts() {
    }

    public static boolean lostRace(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof ConcurrencyException || current instanceof AggregateStreamCreationException) {
                return true;
            }
            if (current.getMessage() != null && current.getMessage().contains(INVALID_SEQUENCE)) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /**
     * What the client is told when the command lost the race again on fresh state: with {@code If-Match} its
     * version is stale (412), without it the aggregate changed too often under it to decide (409).
     */
    public static OutturnException rejection(Object command) {
        boolean conditional = command instanceof OutturnCommand outturnCommand && outturnCommand.expectedVersion() != null;
        return conditional
                ? new OutturnException(ErrorCode.VERSION_CONFLICT, null,
                        "the resource was changed by another request at the same time; read it again")
                : new OutturnException(ErrorCode.CONCURRENT_CHANGE, null,
                        "the resource was changed by other requests while this one was decided; send it again");
    }
}
