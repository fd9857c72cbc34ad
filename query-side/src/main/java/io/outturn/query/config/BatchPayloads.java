package io.outturn.query.config;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.SerializationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The payloads of the events a unit of work processes: the whole batch for a streaming processor. They serve to
 * read ahead the documents a batch will need, so a payload that cannot be read is left out here: it fails in its
 * own event's handler, where the failure is that event's alone (and it is dead-lettered), not every event's that
 * happens to ask for a collection first.
 */
final class BatchPayloads {

    private BatchPayloads() {
    }

    static List<Object> of(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            List<Object> payloads = new ArrayList<>(batch.getMessages().size());
            for (Message<?> message : batch.getMessages()) {
                readable(message).ifPresent(payloads::add);
            }
            return payloads;
        }
        Message<?> message = unitOfWork.getMessage();
        return message == null ? List.of() : readable(message).map(List::of).orElse(List.of());
    }

    private static Optional<Object> readable(Message<?> message) {
        try {
            return Optional.ofNullable(message.getPayload());
        } catch (SerializationException unreadable) {
            return Optional.empty();
        }
    }
}
