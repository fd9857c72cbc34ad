package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A savings line's identifier within its programme, e.g. {@code adult-social-care-2}: refs repeat across service areas. Path-safe: 1-64 of {@code [A-Za-z0-9._-]}. */
public record LineId(String value) {

    public LineId {
        Identifiers.requirePathSafe(value, "savings line id");
    }

    @JsonCreator
    public static LineId of(String value) {
        return new LineId(value);
    }

    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
