package io.outturn.command.api;

import com.fasterxml.jackson.annotation.JsonCreator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * {@code effectiveFrom} as a client writes it, in a body or a query parameter: an ISO-8601 instant
 * ({@code 2011-03-12T19:00:00Z}, or with an offset, {@code 2011-07-01T00:00:00+01:00}) or a date
 * ({@code 2011-03-12}), which means 00:00 in Europe/London that day: committees decide on UK dates, and midnight in
 * summer is an hour before midnight UTC. Blank is the same as absent (when the change is recorded).
 */
record EffectiveFrom(Instant instant) {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /**
     * Read by Jackson from a body and by Spring from a query parameter (public, as Spring's conversion looks only
     * for public factory methods).
     *
     * @return null when {@code text} is blank
     * @throws IllegalArgumentException saying what is accepted
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EffectiveFrom of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return new EffectiveFrom(Instant.parse(value));
        } catch (DateTimeParseException notAnInstant) {
            // a date is the other spelling accepted
        }
        try {
            return new EffectiveFrom(LocalDate.parse(value).atStartOfDay(UK).toInstant());
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("effectiveFrom must be an ISO-8601 instant such as 2011-03-12T19:00:00Z"
                    + " or a date such as 2011-03-12 (00:00 UK time), not '" + value + "'");
        }
    }

    /** The instant, or null when none was given. */
    static Instant instantOf(EffectiveFrom given) {
        return given == null ? null : given.instant();
    }
}
