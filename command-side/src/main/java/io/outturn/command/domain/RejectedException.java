package io.outturn.command.domain;

import org.axonframework.messaging.HandlerExecutionException;

import java.util.Optional;

/** What aggregates and policies throw to refuse a command, carrying the {@link Rejection}. */
public class RejectedException extends RuntimeException {

    private final Rejection rejection;

    public RejectedException(Rejection.Code code, String field, String message) {
        this(new Rejection(code, field, message));
    }

    public RejectedException(Rejection rejection) {
        super(rejection.message());
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }

    public Rejection.Code code() {
        return rejection.code();
    }

    /** The command field to blame, or null. */
    public String field() {
        return rejection.field();
    }

    /**
     * The rejection behind a failure that came back through the command bus: from the failure's details (what
     * survives the trip through Axon Server, where the exception itself does not travel) or, in one JVM, from
     * its causes.
     */
    public static Optional<Rejection> in(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof RejectedException rejected) {
                return Optional.of(rejected.rejection());
            }
            if (current instanceof HandlerExecutionException execution) {
                Optional<Rejection> details = execution.getDetails()
                        .filter(Rejection.class::isInstance).map(Rejection.class::cast);
                if (details.isPresent()) {
                    return details;
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }
}
