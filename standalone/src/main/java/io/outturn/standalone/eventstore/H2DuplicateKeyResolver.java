package io.outturn.standalone.eventstore;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Tells Axon when an append failed because the (aggregate, sequence number) or the event identifier is already
 * taken, so that a racing second append surfaces as Axon's {@code AggregateStreamCreationException} or
 * {@code ConcurrencyException} rather than as a storage failure. Only a unique-key violation counts: other
 * integrity violations (a NULL in a NOT NULL column, say) are genuine failures and must not be mistaken for a
 * concurrent writer, as Axon's default resolver would.
 */
final class H2DuplicateKeyResolver implements PersistenceExceptionResolver {

    /** SQL:2003 state for a unique constraint violation; H2 reports it as error code 23505 too. */
    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
