package io.outturn.query.audit;

import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.OutturnEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.query.audit.tripwire.Tripwire;
import io.outturn.values.FinancialYear;
import io.outturn.values.IndicatorId;
import io.outturn.values.Target;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditEventReaderTypeRestrictionTest {

    private final PayloadCodec codec = new PayloadCodec(Jackson2ObjectMapperBuilder.json().build());
    private final AuditEventReader reader = new AuditEventReader(null, codec);

    private final TargetSetEvent ni130Target = new TargetSetEvent(IndicatorId.of("NI130"),
            FinancialYear.parse("2011-12"), new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null);

    @Test
    void aStoredEventRecordIsReadBackAsThatRecordWithItsMetadata() {
        RecordedEvent recorded = reader.decode(entry(TargetSetEvent.class.getName(), codec.toDocument(ni130Target)));

        assertThat(recorded.event()).isEqualTo(ni130Target);
        assertThat(recorded.sequence()).isEqualTo(1);
        assertThat(recorded.version()).isEqualTo(2);
        assertThat(recorded.actor()).isEqualTo("manager");
        assertThat(recorded.recordedAt()).isEqualTo(Instant.parse("2011-04-05T09:30:00.123456789Z"));
    }

    @Test
    void aTypeNamedOutsideTheEventsPackageIsRefusedWithoutBeingLoaded() {
        System.clearProperty(Tripwire.LOADED);

        assertThatThrownBy(() -> reader.decode(entry("io.outturn.query.audit.tripwire.Tripwire", new Document())))
                .isInstanceOf(UnknownEventTypeException.class)
                .hasMessageContaining("Tripwire");
        assertThat(System.getProperty(Tripwire.LOADED)).isNull();
    }

    @Test
    void aJdkClassNameInAStoredEntryIsRefused() {
        assertThatThrownBy(() -> reader.decode(entry("java.lang.ProcessBuilder", new Document("command", "id"))))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void theEventFamilyInterfacesAndValueTypesAreNotEventRecords() {
        assertThatThrownBy(() -> reader.decode(entry(OutturnEvent.class.getName(), new Document())))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> reader.decode(entry("io.outturn.values.Money", new Document("pounds", "1"))))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> reader.decode(entry("io.outturn.events.NoSuchEvent", new Document())))
                .isInstanceOf(UnknownEventTypeException.class);
        assertThatThrownBy(() -> reader.decode(entry(null, new Document())))
                .isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void everyEventRecordOfTheSealedFamilyIsReadable() {
        assertThat(EventTypes.all()).hasSize(12)
                .containsEntry(TargetSetEvent.class.getName(), TargetSetEvent.class)
                .containsEntry(IndicatorDefinedEvent.class.getName(), IndicatorDefinedEvent.class)
                .allSatisfy((name, type) -> assertThat(type.getPackageName()).isEqualTo("io.outturn.events"));
    }

    private static AuditEntry entry(String payloadType, Document payload) {
        return new AuditEntry("event-1", "TargetSetEvent", payloadType, "NI130", AuditEntry.INDICATOR, 1,
                Instant.parse("2011-04-05T09:30:00.123456789Z"), "manager", null, "c-1", "api", payload,
                "2011-12", null);
    }
}
