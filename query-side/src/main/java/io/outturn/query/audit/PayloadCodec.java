package io.outturn.query.audit;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.outturn.events.OutturnEvent;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Turns an event into a BSON document and back with the application's Jackson mapping, so that the stored
 * payload reads exactly like the event's JSON. Decimals are stored as Decimal128, which keeps the value and
 * its scale (12000 stays 12000, 12000.00 stays 12000.00); the rare decimal Decimal128 cannot hold exactly is
 * stored as its plain string, which Jackson reads back into the same BigDecimal.
 */
@Component
class PayloadCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectMapper objectMapper;

    PayloadCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    Document toDocument(OutturnEvent event) {
        try (TokenBuffer buffer = new TokenBuffer(objectMapper, false)) {
            objectMapper.writeValue(buffer, event);
            try (JsonParser parser = buffer.asParser(objectMapper)) {
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_OBJECT) {
                    throw new IllegalStateException(event.getClass().getSimpleName() + " does not serialise to an object");
                }
                return readObject(parser);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not convert " + event.getClass().getSimpleName() + " to BSON", e);
        }
    }

    /** The stored payload as JSON, numbers exact; what the audit API shows. */
    JsonNode toJson(Document payload) {
        return objectNode(payload);
    }

    <E extends OutturnEvent> E toEvent(Document payload, Class<E> type) {
        try {
            return objectMapper.treeToValue(toJson(payload), type);
        } catch (IOException e) {
            throw new UncheckedIOException("stored payload is not a valid " + type.getSimpleName(), e);
        }
    }

    private Document readObject(JsonParser parser) throws IOException {
        Document document = new Document();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            document.append(name, readValue(parser, parser.nextToken()));
        }
        return document;
    }

    private List<Object> readArray(JsonParser parser) throws IOException {
        List<Object> values = new ArrayList<>();
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            values.add(readValue(parser, token));
        }
        return values;
    }

    private Object readValue(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                return readObject(parser);
            case START_ARRAY:
                return readArray(parser);
            case VALUE_STRING:
                return parser.getText();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            case VALUE_NUMBER_INT:
                return integral(parser);
            case VALUE_NUMBER_FLOAT:
                return decimal(parser.getDecimalValue());
            case VALUE_EMBEDDED_OBJECT:
                return String.valueOf(parser.getEmbeddedObject());
            default:
                throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    private Object integral(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return parser.getIntValue();
            case LONG:
                return parser.getLongValue();
            default:
                return decimal(new BigDecimal(parser.getBigIntegerValue()));
        }
    }

    private static Object decimal(BigDecimal value) {
        try {
            return new Decimal128(value);
        } catch (NumberFormatException | AssertionError beyondDecimal128) {
            // Too precise (NumberFormatException) or an exponent out of Decimal128's range, which the driver
            // reports with an AssertionError (a number of 100,001 digits stored by an earlier version, issue 9).
            return value.toPlainString();
        }
    }

    private ObjectNode objectNode(Map<String, Object> document) {
        ObjectNode node = NODES.objectNode();
        document.forEach((name, value) -> node.set(name, jsonValue(value)));
        return node;
    }

    /** A decimal node as stored: a node factory may strip trailing zeros, which would print 1.2E+4. */
    private static JsonNode exact(BigDecimal value) {
        return DecimalNode.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private JsonNode jsonValue(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            return objectNode((Map<String, Object>) map);
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode();
            list.forEach(element -> array.add(jsonValue(element)));
            return array;
        }
        if (value instanceof Decimal128 decimal) {
            return exact(decimal.bigDecimalValue());
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigDecimal d) {
            return exact(d);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Date date) {
            return NODES.textNode(date.toInstant().toString());
        }
        return NODES.textNode(value.toString());
    }
}
