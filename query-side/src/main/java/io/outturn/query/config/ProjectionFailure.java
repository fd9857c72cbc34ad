package io.outturn.query.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoInterruptedException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteConcernException;
import org.axonframework.serialization.SerializationException;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.BsonSerializationException;
import org.springframework.core.convert.ConversionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Why a projection could not apply an event, told in a stable code and a short message for operators (no Java
 * type, no stack trace: those are in the log), and whether trying again may help.
 *
 * <p><b>What is retried and what is set aside.</b> A failure of the infrastructure (MongoDB unreachable, timing
 * out, electing a primary, a write concern not met; the thread interrupted) says nothing about the event: the
 * batch is rolled back and retried with back-off until the store is back, and nothing is dead-lettered. Any other
 * failure is taken to be the event's own and to recur on every attempt (an event that cannot be read, a value the
 * read model cannot store, a handler that throws on it): the event is dead-lettered, and the projection goes on
 * with every other aggregate.
 */
public record ProjectionFailure(Code code, boolean transientFailure) {

    /** The entry of a dead letter's diagnostics that holds the failure's code. */
    public static final String DIAGNOSTICS_CODE = "code";

    /** The stable codes; never renamed. */
    public enum Code {
        /** The stored event could not be read (its JSON, or a value it holds that today's types refuse). */
        EVENT_UNREADABLE("The stored event could not be read"),
        /** The read model's store refused a document the event leads to (a number beyond Decimal128, too large). */
        READ_MODEL_REFUSED("The read model cannot store what this event leads to"),
        /** The read model's store could not be reached or did not answer in time; retried with back-off. */
        READ_MODEL_UNAVAILABLE("The read model's database is not available; retrying"),
        /** The projection's handler failed on the event. */
        HANDLER_FAILED("The projection could not apply this event");

        private final String message;

        Code(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    public String message() {
        return code.message();
    }

    public static ProjectionFailure of(Throwable failure) {
        List<Throwable> causes = causes(failure);
        if (causes.stream().anyMatch(ProjectionFailure::isTransient)) {
            return new ProjectionFailure(Code.READ_MODEL_UNAVAILABLE, true);
        }
        if (causes.stream().anyMatch(c -> c instanceof SerializationException || c instanceof JsonProcessingException)) {
            return new ProjectionFailure(Code.EVENT_UNREADABLE, false);
        }
        if (causes.stream().anyMatch(c -> c instanceof ConversionException || c instanceof BsonSerializationException
                || c instanceof BsonMaximumSizeExceededException || c instanceof MongoException)) {
            return new ProjectionFailure(Code.READ_MODEL_REFUSED, false);
        }
        return new ProjectionFailure(Code.HANDLER_FAILED, false);
    }

    private static boolean isTransient(Throwable failure) {
        if (failure instanceof MongoBulkWriteException bulk) {
            return bulk.getWriteConcernError() != null;
        }
        return failure instanceof MongoSocketException
                || failure instanceof MongoTimeoutException
                || failure instanceof MongoInterruptedException
                || failure instanceof MongoExecutionTimeoutException
                || failure instanceof MongoNotPrimaryException
                || failure instanceof MongoNodeIsRecoveringException
                || failure instanceof MongoConnectionPoolClearedException
                || failure instanceof MongoWriteConcernException
                || failure instanceof MongoException mongo && (mongo.hasErrorLabel(MongoException.TRANSIENT_TRANSACTION_ERROR_LABEL)
                        || mongo.hasErrorLabel("RetryableWriteError"))
                || failure instanceof DataAccessResourceFailureException
                || failure instanceof TransientDataAccessException
                || failure instanceof InterruptedException;
    }

    private static List<Throwable> causes(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
