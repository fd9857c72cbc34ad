package io.outturn.events.upcasting;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads and writes a stored payload as a JSON tree without touching its figures. The applications' own mapper, which
 * Axon would use to hand an upcaster a tree, reads {@code 8120.123456789012345678} as a double and so writes back
 * {@code 8120.123456789012}; a stored figure must come back as it was stored, to the last digit and the last zero,
 * however many digits it has ({@link StoredJson}).
 */
final class ExactJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StoredJson.readLimits(StreamWriteConstraints.defaults().getMaxNestingDepth()))
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private ExactJson() {
    }

    static ObjectNode read(byte[] json) {
        try {
            if (MAPPER.readTree(json) instanceof ObjectNode object) {
                return object;
            }
            throw new IllegalArgumentException("a stored event payload is not a JSON object");
        } catch (IOException e) {
            throw new UncheckedIOException("a stored event payload is not JSON", e);
        }
    }

    static byte[] write(ObjectNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
