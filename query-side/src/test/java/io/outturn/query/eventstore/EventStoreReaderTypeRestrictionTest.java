package io.outturn.query.eventstore;

import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.OutturnEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.LazyDeserializingObject;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only the event records of {@code io.outturn.events} are read back. Events are stored as the embedded store
 * keeps them: serialised by Jackson and deserialised lazily, so the tests can see that a refused payload is never
 * deserialised.
 */
class EventStoreReaderTypeRestrictionTest {

    private static final Instant RECORDED_AT = Instant.parse("2011-04-05T09:30:00.123456789Z");

    private final JacksonSerializer serializer = JacksonSerializer.builder()
            .objectMapper(Jackson2ObjectMapperBuilder.json().build())
            .build();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine())
            .build();
    private final EventStoreReader reader = new EventStoreReader(new AggregateEvents(eventStore));

    private final TargetSetEvent ni130Target = new TargetSetEvent(IndicatorId.of("NI130"),
            FinancialYear.parse("2011-12"), new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null, null, null);

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    @Test
    void aStoredEventRecordIsReadBackAsThatRecordWithItsMetadata() {
        SerializedObject<byte[]> serialized = serializer.serialize(ni130Target, byte[].class);
        store("NI130", new LazyDeserializingObject<>(() -> serialized, serialized.getType(), serializer),
                Map.of(EventMetadata.ACTOR, "manager", EventMetadata.SOURCE, "api",
                        EventMetadata.CORRELATION_ID, "c-1"));

        RecordedEvent recorded = reader.eventsOf("NI130", null).get(0);

        assertThat(recorded.event()).isEqualTo(ni130Target);
        assertThat(recorded.sequence()).isZero();
        assertThat(recorded.version()).isEqualTo(1);
        assertThat(recorded.actor()).isEqualTo("manager");
        assertThat(recorded.reason()).isNull();
        assertThat(recorded.correlationId()).isEqualTo("c-1");
        assertThat(recorded.recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(recorded.eventId()).isEqualTo("event-NI130");
    }

    @Test
    void aJdkClassInTheStoreIsRefusedWithoutBeingDeserialised() {
        LazyDeserializingObject<Object> payload = payload("java.lang.ProcessBuilder", "{\"command\":[\"id\"]}");
        store("NI130", payload, Map.of());

        assertThatThrownBy(() -> reader.eventsOf("NI130", null))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("java.lang.ProcessBuilder");
        assertThatThrownBy(() -> reader.indicatorExists(IndicatorId.of("NI130")))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThat(payload.isDeserialized()).isFalse();
    }

    @Test
    void theEventFamilyInterfacesValueTypesAndUnknownNamesAreNotEventRecords() {
        LazyDeserializingObject<Object> family = payload(OutturnEvent.class.getName(), "{}");
        LazyDeserializingObject<Object> money = payload("io.outturn.values.Money", "{\"pounds\":\"1\"}");
        LazyDeserializingObject<Object> unknown = payload("io.outturn.events.NoSuchEvent", "{}");
        store("family", family, Map.of());
        store("money", money, Map.of());
        store("unknown", unknown, Map.of());

        for (String aggregateId : new String[] {"family", "money", "unknown"}) {
            assertThatThrownBy(() -> reader.eventsOf(aggregateId, null))
                    .as(aggregateId)
                    .isInstanceOf(UnknownEventTypeException.class);
        }
        assertThat(family.isDeserialized()).isFalse();
        assertThat(money.isDeserialized()).isFalse();
        assertThat(unknown.isDeserialized()).isFalse();
    }

    @Test
    void aPayloadThatIsNotAnEventRecordIsRefusedEvenWhenTheEventsWantedAreOthers() {
        store("NI130", new LazyDeserializingObject<>("not an event"), Map.of());

        assertThatThrownBy(() -> reader.targetEventsOf(IndicatorId.of("NI130"), FinancialYear.parse("2011-12")))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("java.lang.String");
    }

    @Test
    void everyEventRecordOfTheSealedFamilyIsReadable() {
        assertThat(EventTypes.all()).hasSize(17)
                .containsEntry(TargetSetEvent.class.getName(), TargetSetEvent.class)
                .containsEntry(IndicatorDefinedEvent.class.getName(), IndicatorDefinedEvent.class)
                .allSatisfy((name, type) -> assertThat(type.getPackageName()).isEqualTo("io.outturn.events"));
        assertThat(EventTypes.of(TargetSetEvent.class)).contains(TargetSetEvent.class);
        assertThat(EventTypes.of(OutturnEvent.class)).isEmpty();
    }

    private LazyDeserializingObject<Object> payload(String type, String json) {
        SerializedObject<byte[]> serialized =
                new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class, type, null);
        return new LazyDeserializingObject<>(() -> serialized, serialized.getType(), serializer);
    }

    private <T> void store(String aggregateId, LazyDeserializingObject<T> payload, Map<String, String> metaData) {
        SerializedMessage<T> message = new SerializedMessage<>("event-" + aggregateId, payload,
                new LazyDeserializingObject<>(MetaData.from(metaData)));
        eventStore.publish(new GenericDomainEventMessage<>("Indicator", aggregateId, 0, message, () -> RECORDED_AT));
    }
}
