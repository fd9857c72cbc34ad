package io.outturn.query.config;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;

/** The payloads of the events a unit of work processes: the whole batch for a streaming processor. */
final class BatchPayloads {

    private BatchPayloads() {
    }

    static List<Object> of(UnitOfWork<?> unitOfWork) {
        if (unitOfWork instanceof BatchingUnitOfWork<?> batch) {
            return batch.getMessages().stream().map(m -> (Object) m.getPayload()).toList();
        }
        Message<?> message = unitOfWork.getMessage();
        return message == null ? List.of() : List.of(message.getPayload());
    }
}
