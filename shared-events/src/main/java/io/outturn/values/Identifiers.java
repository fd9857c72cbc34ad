package io.outturn.values;

import java.util.regex.Pattern;

/** The one rule every path-safe identifier follows. */
final class Identifiers {

    private static final Pattern PATH_SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private Identifiers() {
    }

    static String requirePathSafe(String value, String what) {
        if (value == null || !PATH_SAFE.matcher(value).matches() || value.equals(".") || value.equals("..")) {
            throw new IllegalArgumentException(
                    what + " must be 1 to 64 of letters, digits, '.', '_' or '-', not '" + value + "'");
        }
        return value;
    }
}
