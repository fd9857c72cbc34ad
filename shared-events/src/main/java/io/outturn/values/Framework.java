package io.outturn.values;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The performance framework an indicator belongs to: {@code NI}, {@code PAF}, {@code BVPI}, {@code ASCOF},
 * {@code LOCAL}, ... An open set, since every regime invents its own; written in upper case.
 */
public record Framework(String code) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_-]{1,32}");

    public static final Framework LOCAL = new Framework("LOCAL");

    public Framework {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("framework must be 1 to 32 of A-Z, 0-9, '_' or '-', not '" + code + "'");
        }
    }

    @JsonCreator
    public static Framework of(String code) {
        return new Framework(code == null ? null : code.trim().toUpperCase(Locale.ROOT));
    }

    @JsonValue
    @Override
    public String toString() {
        return code;
    }
}
