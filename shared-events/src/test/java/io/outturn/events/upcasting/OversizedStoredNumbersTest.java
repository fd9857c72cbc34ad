package io.outturn.events.upcasting;

import io.outturn.events.testsupport.StoredEvent;
import io.outturn.events.testsupport.StrictSerializer;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An earlier version stored a target of 100,001 digits (issue 9). The upcaster reads a stored payload before the
 * serializer does, so it must read it with the same loose limits, or that indicator could never be read again.
 */
class OversizedStoredNumbersTest {

    @Test
    void aRevisionOneTargetOfAHundredThousandDigitsIsUpcastWithEveryDigitKept() {
        String hugeValue = "1" + "0".repeat(100_000);
        StoredEvent revised = StoredEvent.revision1("03-ni130-target-2011-12-revised-to-9000-reason-x");
        StoredEvent poisoned = new StoredEvent(revised.name(), revised.eventIdentifier(), revised.aggregateType(),
                revised.aggregateIdentifier(), revised.sequenceNumber(), revised.timestamp(), revised.payloadType(),
                revised.payloadRevision(), revised.metaData(), revised.payload().replace("\"value\":9000", "\"value\":" + hugeValue));
        assertThat(poisoned.payload()).contains(hugeValue);

        List<IntermediateEventRepresentation> upcast = OutturnUpcasters.chain()
                .upcast(Stream.of(new InitialEventRepresentation(poisoned.asEntry(), StrictSerializer.create())))
                .toList();

        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo("2");
        SerializedObject<byte[]> payload = upcast.get(0).getData(byte[].class);
        assertThat(new String(payload.getData(), StandardCharsets.UTF_8)).contains("\"value\":" + hugeValue);
    }
}
