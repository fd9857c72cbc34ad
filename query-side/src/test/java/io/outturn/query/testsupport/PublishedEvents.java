package io.outturn.query.testsupport;

import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorEvent;
import io.outturn.events.OutturnEvent;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Appends domain events to the event store as the command side would: next sequence number of the aggregate
 * (read from the store), aggregate type {@code Indicator} or {@code SavingsProgramme}, and the metadata every
 * event carries ({@code actor}, {@code reason}, {@code correlationId}, {@code source}).
 *
 * <p>Timestamps come from a test clock that starts at {@link #DEFAULT_START} and moves one minute per event,
 * so that tests are repeatable; {@link Append#at(Instant)} pins one, after which the clock continues from it.
 * Examples:
 * <pre>{@code
 * events.append(defined, targetSet);                                  // by "manager", source "api"
 * events.by("manager").because("revised plan").append(targetRevised);
 * events.at(Instant.parse("2012-07-10T09:00:00Z")).append(actualQ1);
 * }</pre>
 * Within one test class the event store is shared by all test methods: use aggregate ids of your own per test.
 */
public final class PublishedEvents {

    public static final Instant DEFAULT_START = Instant.parse("2011-04-01T09:00:00Z");
    public static final String DEFAULT_ACTOR = "manager";

    private final EventStore eventStore;
    private final Serializer eventSerializer;
    private final AtomicReference<Instant> clock = new AtomicReference<>(DEFAULT_START);

    /** For a store outside the application: {@link Append#appendStoredAs} then writes with Axon's default Jackson. */
    public PublishedEvents(EventStore eventStore) {
        this(eventStore, JacksonSerializer.defaultSerializer());
    }

    public PublishedEvents(EventStore eventStore, Serializer eventSerializer) {
        this.eventStore = eventStore;
        this.eventSerializer = eventSerializer;
    }

    /** One event as stored. {@code version} is the aggregate's version after it (sequence + 1). */
    public record Published(String eventId, String aggregateType, String aggregateId, long sequence,
                            Instant timestamp, Map<String, String> metaData) {
        public long version() {
            return sequence + 1;
        }
    }

    public List<Published> append(OutturnEvent... events) {
        return with().append(events);
    }

    public Append with() {
        return new Append(DEFAULT_ACTOR, null, null, EventMetadata.SOURCE_API, null);
    }

    public Append by(String actor) {
        return with().by(actor);
    }

    public Append because(String reason) {
        return with().because(reason);
    }

    public Append at(Instant timestamp) {
        return with().at(timestamp);
    }

    /** The time the next event will carry unless pinned. */
    public Instant now() {
        return clock.get();
    }

    /** How the next events are appended; immutable, so a configured one can be reused. */
    public final class Append {
        private final String actor;
        private final String reason;
        private final String correlationId;
        private final String source;
        private final Instant timestamp;

        private Append(String actor, String reason, String correlationId, String source, Instant timestamp) {
            this.actor = actor;
            this.reason = reason;
            this.correlationId = correlationId;
            this.source = source;
            this.timestamp = timestamp;
        }

        public Append by(String actor) {
            return new Append(actor, reason, correlationId, source, timestamp);
        }

        public Append because(String reason) {
            return new Append(actor, reason, correlationId, source, timestamp);
        }

        public Append correlatedBy(String correlationId) {
            return new Append(actor, reason, correlationId, source, timestamp);
        }

        /** {@code api} by default; {@code EventMetadata.importSource(sha)} for an import. */
        public Append source(String source) {
            return new Append(actor, reason, correlationId, source, timestamp);
        }

        /** The timestamp of the first event appended; later ones follow a minute apart. */
        public Append at(Instant timestamp) {
            return new Append(actor, reason, correlationId, source, timestamp);
        }

        /** Appends the events in order, all with the same correlation id (one request's worth). */
        public List<Published> append(OutturnEvent... events) {
            String correlation = correlationId != null ? correlationId : UUID.randomUUID().toString();
            Instant first = timestamp;
            ArrayList<Published> published = new ArrayList<>();
            for (OutturnEvent event : events) {
                Instant when = first != null ? first : clock.get();
                first = null;
                clock.set(when.plus(Duration.ofMinutes(1)));
                published.add(appendOne(event, correlation, when));
            }
            return List.copyOf(published);
        }

        /**
         * Appends one event stored as an earlier version (or a damaged store) holds it: the JSON today's serializer
         * writes for {@code event}, rewritten by {@code rewrite}, stored as it is without being read back.
         */
        public Published appendStoredAs(OutturnEvent event, UnaryOperator<String> rewrite) {
            SerializedObject<String> written = eventSerializer.serialize(event, String.class);
            SerializedObject<String> stored = new SimpleSerializedObject<>(rewrite.apply(written.getData()),
                    String.class, written.getType());
            Instant when = timestamp != null ? timestamp : clock.get();
            clock.set(when.plus(Duration.ofMinutes(1)));
            String correlation = correlationId != null ? correlationId : UUID.randomUUID().toString();
            return appendOne(event, correlation, when, metaData -> new SerializedMessage<>(UUID.randomUUID().toString(),
                    stored, eventSerializer.serialize(MetaData.from(metaData), String.class), eventSerializer));
        }

        private Published appendOne(OutturnEvent event, String correlation, Instant when) {
            return appendOne(event, correlation, when, metaData -> new GenericMessage<>(event, metaData));
        }

        private Published appendOne(OutturnEvent event, String correlation, Instant when,
                                    Function<Map<String, String>, Message<?>> message) {
            String type = event instanceof IndicatorEvent ? "Indicator" : "SavingsProgramme";
            String aggregateId = event.aggregateId();
            long sequence = eventStore.lastSequenceNumberFor(aggregateId).map(last -> last + 1).orElse(0L);
            Map<String, String> metaData = new HashMap<>();
            metaData.put(EventMetadata.ACTOR, actor);
            metaData.put(EventMetadata.CORRELATION_ID, correlation);
            metaData.put(EventMetadata.SOURCE, source);
            if (reason != null) {
                metaData.put(EventMetadata.REASON, reason);
            }
            Message<?> payload = message.apply(metaData);
            eventStore.publish(new GenericDomainEventMessage<>(type, aggregateId, sequence, payload, when));
            return new Published(payload.getIdentifier(), type, aggregateId, sequence, when, Map.copyOf(metaData));
        }
    }
}
