package io.outturn.command.sender;

import io.axoniq.axonserver.connector.ErrorCategory;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * An append that lost a race: another writer stored the aggregate's next event (or its first) between this
 * command's load and its append, so nothing of this command was stored. Locally Axon says so with its own
 * exceptions; through Axon Server the handling side's failure arrives as a message carrying Axon Server's code
 * for an invalid sequence number ({@code AXONIQ-2000}), the only part of it that survives the trip.
 */
final class AppendConflicts {

    private static final String INVALID_SEQUENCE = "[" + ErrorCategory.INVALID_EVENT_SEQUENCE.errorCode() + "]";

    private AppendConflicts() {
    }

    static boolean lostRace(Throwable failure) {
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
}
