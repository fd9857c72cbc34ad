package io.outturn.events.testsupport;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.axonframework.eventhandling.EventUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One event as an event store holds it, read from {@code src/test/resources/stored-events/}: the row's columns, with
 * {@code metaData} and {@code payload} exactly as the serializer wrote them (the text is cut out of the file, never
 * parsed and written again, so not even a number's spelling changes). Shared with the sides' tests as a test-jar.
 */
public record StoredEvent(String name, String eventIdentifier, String aggregateType, String aggregateIdentifier,
                          long sequenceNumber, String timestamp, String payloadType, String payloadRevision,
                          String metaData, String payload) {

    private static final String REVISION_1 = "stored-events/rev1/";
    private static final JsonFactory JSON = new JsonFactory();

    /** The revision-1 capture named {@code name} (without {@code .json}), e.g. {@code 03-ni130-target-2011-12-revised-to-9000-reason-x}. */
    public static StoredEvent revision1(String name) {
        String resource = REVISION_1 + name + ".json";
        try (InputStream in = StoredEvent.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, () -> "no stored event " + resource);
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every revision-1 capture, in the order they were stored. Only where the captures are files (shared-events' own tests). */
    public static List<StoredEvent> revision1() {
        URL folder = Objects.requireNonNull(StoredEvent.class.getClassLoader().getResource(REVISION_1));
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    .sorted()
                    .map(file -> revision1(file.substring(0, file.length() - ".json".length())))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same event with other metadata (JSON), e.g. to see what becomes of a row that lacks a key. */
    public StoredEvent withMetaData(String otherMetaData) {
        return new StoredEvent(name, eventIdentifier, aggregateType, aggregateIdentifier, sequenceNumber, timestamp,
                payloadType, payloadRevision, otherMetaData, payload);
    }

    /** The row as a storage engine hands it to Axon. */
    public GenericDomainEventEntry<byte[]> asEntry() {
        return new GenericDomainEventEntry<>(aggregateType, aggregateIdentifier, sequenceNumber, eventIdentifier,
                timestamp, payloadType, payloadRevision, bytes(payload), bytes(metaData));
    }

    /** The event as Axon reads it from a store: through {@code upcasters}, then deserialized by {@code serializer}. */
    public TrackedEventMessage<?> read(Serializer serializer, EventUpcaster upcasters) {
        TrackedDomainEventData<byte[]> row =
                new TrackedDomainEventData<>(new GlobalSequenceTrackingToken(sequenceNumber), asEntry());
        List<TrackedEventMessage<?>> read =
                EventUtils.upcastAndDeserializeTrackedEvents(Stream.of(row), serializer, upcasters).toList();
        if (read.size() != 1) {
            throw new IllegalStateException(name + " was read as " + read.size() + " events");
        }
        return read.get(0);
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static StoredEvent parse(String name, String text) throws IOException {
        String eventIdentifier = null, aggregateType = null, aggregateIdentifier = null, timestamp = null;
        String payloadType = null, payloadRevision = null, metaData = null, payload = null;
        long sequenceNumber = -1;
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException(name + " is not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "eventIdentifier" -> eventIdentifier = parser.getText();
                    case "aggregateType" -> aggregateType = parser.getText();
                    case "aggregateIdentifier" -> aggregateIdentifier = parser.getText();
                    case "sequenceNumber" -> sequenceNumber = parser.getLongValue();
                    case "timestamp" -> timestamp = parser.getText();
                    case "payloadType" -> payloadType = parser.getText();
                    case "payloadRevision" -> payloadRevision = value == JsonToken.VALUE_NULL ? null : parser.getText();
                    case "metaData" -> metaData = verbatim(parser, text);
                    case "payload" -> payload = verbatim(parser, text);
                    default -> parser.skipChildren();
                }
            }
        }
        return new StoredEvent(name, eventIdentifier, aggregateType, aggregateIdentifier, sequenceNumber, timestamp,
                payloadType, payloadRevision, metaData, payload);
    }

    /** The text of the object the parser is at, exactly as written in the file. */
    private static String verbatim(JsonParser parser, String text) throws IOException {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        parser.skipChildren();
        int end = (int) parser.currentLocation().getCharOffset();
        return text.substring(start, end);
    }
}
