package io.outturn.values;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The other codes an indicator is known by, as printed in other frameworks and years: {@code C32}, {@code BV54},
 * {@code BVPI 54}. Unlike an {@link IndicatorId} an alias may contain spaces, since it is never part of a path.
 * Events carry them as a plain list; this is the one rule for that list.
 */
public final class Aliases {

    /** As long as the longest identifier. */
    public static final int MAX_LENGTH = 64;

    private Aliases() {
    }

    /**
     * The aliases stripped, in the order given, never null (no aliases is the empty list).
     *
     * @throws IllegalArgumentException if one is blank, longer than {@value #MAX_LENGTH} characters, or given twice
     */
    public static List<String> of(List<String> aliases) {
        if (aliases == null) {
            return List.of();
        }
        List<String> stripped = new ArrayList<>(aliases.size());
        Set<String> seen = new HashSet<>();
        for (String alias : aliases) {
            String code = Texts.optional(alias);
            if (code == null) {
                throw new IllegalArgumentException("an alias is blank");
            }
            if (code.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("alias '" + code + "' is longer than " + MAX_LENGTH + " characters");
            }
            if (!seen.add(code)) {
                throw new IllegalArgumentException("alias '" + code + "' is given twice");
            }
            stripped.add(code);
        }
        return List.copyOf(stripped);
    }
}
