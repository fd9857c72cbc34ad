package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A key performance indicator's code as the plans print it, e.g. {@code NI130}, {@code PAF-C30}, {@code ASC-008-1}. Path-safe: 1-64 of {@code [A-Za-z0-9._-]}. */
public record IndicatorId(String value) {

    public IndicatorId {
        Identifiers.requirePathSafe(value, "indicator id");
    }

    @JsonCreator
    public static IndicatorId of(String value) {
        return new IndicatorId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
