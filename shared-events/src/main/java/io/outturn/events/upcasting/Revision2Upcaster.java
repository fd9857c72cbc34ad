package io.outturn.events.upcasting;

import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import java.util.function.UnaryOperator;

/**
 * Brings one event type from revision 1 to revision 2 over the JSON the Jackson serializer stored. The target
 * revision is written here, not read from the class's {@code @Revision}: once the class moves on to revision 3,
 * this step must still produce revision 2 for the next upcaster to take over.
 *
 * <p>The payload is asked for as the stored bytes and read as a tree here ({@link ExactJson}), not asked for as a
 * {@code JsonNode}: Axon would build that tree with the application's mapper, which reads decimals as doubles.
 */
final class Revision2Upcaster extends SingleEventUpcaster {

    private final SerializedType revision1;
    private final SerializedType revision2;
    private final UnaryOperator<LegacyPayload> change;

    Revision2Upcaster(Class<?> eventType, UnaryOperator<LegacyPayload> change) {
        this.revision1 = new SimpleSerializedType(eventType.getName(), "1");
        this.revision2 = new SimpleSerializedType(eventType.getName(), "2");
        this.change = change;
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return revision1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(revision2, byte[].class, stored -> ExactJson.write(change.apply(
                new LegacyPayload(ExactJson.read(stored), () -> representation.getMetaData().getObject())).json()));
    }

    @Override
    public String toString() {
        return "Revision2Upcaster[" + revision1.getName() + "]";
    }
}
