package io.outturn.command.sender;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.OutturnCommand;
import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Sends a command, for the API and the imports alike, and waits until its events are stored. A refusal comes
 * back as the domain's {@link Rejection} (locally as the cause, through Axon Server as the failure's details)
 * and leaves as the web's {@link OutturnException}: this is the one place where a domain code becomes a
 * problem document's code. A command for an aggregate that does not exist comes back as NOT_FOUND; only the
 * caller knows whether that was an indicator or a programme, so it names the code.
 *
 * <p>Two failures are not the domain's and not internal errors either. A command whose append lost a race twice
 * (the gateway already decided it once more on fresh state, {@link RetryOnceAfterLostRace}) stored nothing: 412
 * {@code VERSION_CONFLICT} with {@code If-Match}, else 409 {@code CONCURRENT_CHANGE}. A command whose command side
 * stopped under it ({@link UnknownOutcome}) may or may not have been stored: 503, read before sending it again.
 */
@Component
public class CommandSender {

    private final CommandGateway commandGateway;

    CommandSender(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    /** Sends as the API does: a missing aggregate answers {@code notFound} with {@code notFoundDetail}. */
    public CommandResult send(OutturnCommand command, ErrorCode notFound, String notFoundDetail) {
        return send(command, MetaData.emptyInstance(), notFound, notFoundDetail);
    }

    /** Sends with metadata for every event the command causes (an import's source); a missing aggregate is NOT_FOUND. */
    public CommandResult send(OutturnCommand command, MetaData metaData) {
        return send(command, metaData, ErrorCode.NOT_FOUND, null);
    }

    private CommandResult send(OutturnCommand command, MetaData metaData, ErrorCode notFound, String notFoundDetail) {
        Object result;
        try {
            result = commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
        } catch (AggregateNotFoundException missing) {
            throw new OutturnException(notFound, notFoundDetail == null ? missing.getMessage() : notFoundDetail);
        } catch (RuntimeException failure) {
            Optional<Rejection> rejection = RejectedException.in(failure);
            if (rejection.isEmpty()) {
                throw unanswered(command, failure);
            }
            if (rejection.get().code() == Rejection.Code.NOT_FOUND) {
                throw new OutturnException(notFound,
                        notFoundDetail == null ? rejection.get().message() : notFoundDetail);
            }
            throw problemFor(rejection.get());
        }
        if (result instanceof CommandResult commandResult) {
            return commandResult;
        }
        throw new IllegalStateException(command.getClass().getSimpleName() + " answered " + result
                + " instead of a CommandResult");
    }

    /** A failure that is not the domain's: a lost race or an unknown outcome as the client's problem, or itself. */
    private static RuntimeException unanswered(OutturnCommand command, RuntimeException failure) {
        if (AppendConflicts.lostRace(failure)) {
            return command.expectedVersion() != null
                    ? new OutturnException(ErrorCode.VERSION_CONFLICT, null,
                            "the resource was changed by another request at the same time; read it again")
                    : new OutturnException(ErrorCode.CONCURRENT_CHANGE, null,
                            "the resource was changed by other requests while this one was decided; send it again");
        }
        if (UnknownOutcome.handlerLost(failure)) {
            return new OutturnException(ErrorCode.SERVICE_UNAVAILABLE, null, "the command side handling this command "
                    + "stopped before it answered; it may or may not have been applied: read the resource, then send "
                    + "it again if it is still needed");
        }
        return failure;
    }

    /** A refusal by the domain as the web answers it, for a refusal decided before any command is sent. */
    public static OutturnException problemFor(Rejection rejection) {
        return new OutturnException(errorCode(rejection.code()), rejection.field(), rejection.message());
    }

    /** The stable code a client sees for each of the domain's reasons; the web decides the HTTP status. */
    static ErrorCode errorCode(Rejection.Code code) {
        return switch (code) {
            case VALIDATION_FAILED -> ErrorCode.VALIDATION_FAILED;
            case NOT_FOUND -> ErrorCode.NOT_FOUND;
            case INDICATOR_EXISTS -> ErrorCode.INDICATOR_EXISTS;
            case PROGRAMME_EXISTS -> ErrorCode.PROGRAMME_EXISTS;
            case SAVINGS_LINE_EXISTS -> ErrorCode.SAVINGS_LINE_EXISTS;
            case TARGET_NOT_FOUND -> ErrorCode.TARGET_NOT_FOUND;
            case SAVINGS_LINE_NOT_FOUND -> ErrorCode.SAVINGS_LINE_NOT_FOUND;
            case REASON_REQUIRED -> ErrorCode.REASON_REQUIRED;
            case QUARTER_NOT_ENDED -> ErrorCode.QUARTER_NOT_ENDED;
            case NOT_A_MILESTONE -> ErrorCode.NOT_A_MILESTONE;
            case FY_NOT_IN_PROGRAMME -> ErrorCode.FY_NOT_IN_PROGRAMME;
            case SAVINGS_LINE_WITHDRAWN -> ErrorCode.SAVINGS_LINE_WITHDRAWN;
            case VERSION_CONFLICT -> ErrorCode.VERSION_CONFLICT;
            case ID_TAKEN -> ErrorCode.ID_TAKEN;
            case OUTSIDE_SCOPE -> ErrorCode.OUTSIDE_SCOPE;
            case REASON_TOO_SHORT -> ErrorCode.REASON_TOO_SHORT;
            case REASON_CODE_NOT_APPLICABLE -> ErrorCode.REASON_CODE_NOT_APPLICABLE;
            case EFFECTIVE_FROM_IN_FUTURE -> ErrorCode.EFFECTIVE_FROM_IN_FUTURE;
            case EFFECTIVE_FROM_BEFORE_PREVIOUS -> ErrorCode.EFFECTIVE_FROM_BEFORE_PREVIOUS;
            case PROPOSAL_NOT_FOUND -> ErrorCode.PROPOSAL_NOT_FOUND;
            case OWN_PROPOSAL -> ErrorCode.OWN_PROPOSAL;
            case PROPOSAL_PENDING -> ErrorCode.PROPOSAL_PENDING;
            case PROPOSAL_OUTDATED -> ErrorCode.PROPOSAL_OUTDATED;
            case APPROVAL_REQUIRED -> ErrorCode.APPROVAL_REQUIRED;
        };
    }
}
