package io.outturn.query.testsupport;

import io.outturn.events.OutturnEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Calls projection handlers the way a processor does, without Spring or a processor: inside a unit of work
 * (one per event, or one batch for several) that commits when the handler returns.
 */
public final class HandlerInvocations {

    private HandlerInvocations() {
    }

    /** What a handler receives besides the payload. */
    @FunctionalInterface
    public interface Handler {
        void handle(DomainEventMessage<?> message) throws Exception;
    }

    /**
     * The message of {@code event} as the store would hold it. Its identifier follows from the aggregate and the
     * sequence, as a stored event's does: the same event delivered twice carries the same identifier, which read
     * models that cite events (scrutiny flags) rely on.
     */
    public static DomainEventMessage<OutturnEvent> message(OutturnEvent event, long sequence, Instant timestamp) {
        String type = event instanceof io.outturn.events.IndicatorEvent ? "Indicator" : "SavingsProgramme";
        String identifier = UUID.nameUUIDFromBytes((event.aggregateId() + "#" + sequence)
                .getBytes(StandardCharsets.UTF_8)).toString();
        return new GenericDomainEventMessage<>(type, event.aggregateId(), sequence, event,
                MetaData.with("actor", "manager"), identifier, timestamp);
    }

    /** Handles one event in a unit of work of its own, committed afterwards. */
    public static void inUnitOfWork(DomainEventMessage<?> message, Handler handler) {
        DefaultUnitOfWork.startAndGet(message).execute(() -> {
            try {
                handler.handle(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Handles the events as one processing batch (one unit of work for all), committed afterwards. */
    public static void inOneBatch(List<? extends DomainEventMessage<?>> messages, Handler handler) throws Exception {
        UnitOfWork<DomainEventMessage<?>> batch = new BatchingUnitOfWork<>(List.copyOf(messages));
        batch.executeWithResult(() -> {
            handler.handle((DomainEventMessage<?>) CurrentUnitOfWork.get().getMessage());
            return null;
        });
    }
}
