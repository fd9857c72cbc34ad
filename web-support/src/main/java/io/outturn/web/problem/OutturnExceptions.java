package io.outturn.web.problem;

import org.axonframework.messaging.HandlerExecutionException;

import java.util.Optional;

/**
 * Recovers the {@link OutturnException} behind a failure that came back through the command or query bus:
 * from the error details (what survives the trip through Axon Server) or, in one JVM, from the cause.
 */
public final class OutturnExceptions {

    private OutturnExceptions() {
    }

    public static Optional<OutturnException> unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < 20; depth++) {
            if (current instanceof OutturnException rejection) {
                return Optional.of(rejection);
            }
            if (current instanceof HandlerExecutionException execution) {
                Optional<ErrorDetails> details = execution.getDetails()
                        .filter(ErrorDetails.class::isInstance).map(ErrorDetails.class::cast);
                if (details.isPresent() && isKnownCode(details.get().code())) {
                    return Optional.of(OutturnException.from(details.get()));
                }
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return Optional.empty();
    }

    private static boolean isKnownCode(String code) {
        for (ErrorCode known : ErrorCode.values()) {
            if (known.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
