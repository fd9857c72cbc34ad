package io.outturn.web.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.outturn.values.Money;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The Jackson mapper that reads request bodies: the application's mapper (same modules, same names) on a parser
 * with strict limits and with no leniency. What it refuses:
 * <ul>
 *   <li>while parsing, before any value is built: numbers longer than {@link InputLimits#JSON_NUMBER_LENGTH}
 *       characters, nesting deeper than {@link InputLimits#JSON_NESTING_DEPTH}, strings longer than
 *       {@link InputLimits#JSON_STRING_LENGTH}, a property given twice, anything after the body's value;</li>
 *   <li>a value of the wrong JSON type: no number for a text, no text for a number or a true/false, no number for
 *       an enum (Jackson would otherwise coerce {@code 123} to {@code "123"} and {@code "12"} to 12);</li>
 *   <li>a figure or an amount outside {@link InputLimits}, checked on the parsed decimal before anything (a
 *       {@code Money}, a target) is made of it, so that {@code 1e10000000} never becomes ten million digits.</li>
 * </ul>
 * Only request bodies use it: responses and stored events are written and read by their own mappers.
 */
final class RequestJson {

    private RequestJson() {
    }

    static ObjectMapper mapper(ObjectMapper application) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNumberLength(InputLimits.JSON_NUMBER_LENGTH)
                        .maxNestingDepth(InputLimits.JSON_NESTING_DEPTH)
                        .maxStringLength(InputLimits.JSON_STRING_LENGTH)
                        .maxNameLength(InputLimits.JSON_NAME_LENGTH)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        ObjectMapper mapper = application.copyWith(factory);
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
                DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
        refuse(mapper, LogicalType.Textual, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer,
                CoercionInputShape.Float);
        refuse(mapper, LogicalType.Enum, CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        mapper.registerModule(new SimpleModule("outturn-request-bounds")
                .addDeserializer(BigDecimal.class, new MeasureDeserializer())
                .addDeserializer(Money.class, new MoneyDeserializer()));
        return mapper;
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /** A JSON number, as a decimal, or the failure Jackson gives for any other token. */
    private static BigDecimal number(JsonParser parser, DeserializationContext context, Class<?> type)
            throws IOException {
        if (parser.hasToken(JsonToken.VALUE_NUMBER_INT) || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
            return parser.getDecimalValue();
        }
        context.handleUnexpectedToken(type, parser);
        throw context.wrongTokenException(parser, type, JsonToken.VALUE_NUMBER_FLOAT, "a number is required");
    }

    /** Every figure of a request (a target, an actual, a baseline, a percentage): within the measure bounds. */
    static final class MeasureDeserializer extends StdScalarDeserializer<BigDecimal> {

        MeasureDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = number(parser, context, BigDecimal.class);
            InputLimits.measureProblem(value).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            return value;
        }
    }

    /** Every amount of money of a request: within the money bounds, then made a {@link Money}. */
    static final class MoneyDeserializer extends StdScalarDeserializer<Money> {

        MoneyDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal pounds = number(parser, context, Money.class);
            InputLimits.moneyProblem(pounds).ifPresent(problem -> {
                throw new IllegalArgumentException(problem);
            });
            return Money.of(pounds);
        }
    }
}
