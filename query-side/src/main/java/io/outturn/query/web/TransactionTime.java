package io.outturn.query.web;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads the moments queries ask about ({@code asOf}, {@code from}, {@code to} on the axis of transaction time, and
 * {@code inForceAt}, through {@link RequestBasis}, on the axis of effective time): an ISO-8601 instant
 * ({@code 2011-09-01T12:00:00Z}) or date-time with offset ({@code 2011-09-01T13:00:00+01:00}). A bare date
 * ({@code 2011-09-01}) is read as the whole of that UTC day: its first moment where a window starts, its last
 * where a window ends or a state is asked "as of" it. Anything else is a 400 naming the parameter.
 */
public final class TransactionTime {

    private TransactionTime() {
    }

    /** The moment a window starts; null when the parameter is absent. */
    public static Instant startOf(String text, String parameter) {
        return parse(text, parameter, false);
    }

    /** The moment a window ends, or the moment a state is asked as of (inclusive); null when absent. */
    public static Instant endOf(String text, String parameter) {
        return parse(text, parameter, true);
    }

    /** The moment a state is asked as of, where one must be given: absent or blank is a 400 too. */
    public static Instant requiredEndOf(String text, String parameter) {
        Instant moment = endOf(text, parameter);
        if (moment == null) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, parameter,
                    parameter + " must be an ISO-8601 instant such as 2011-09-01T00:00:00Z");
        }
        return moment;
    }

    private static Instant parse(String text, String parameter, boolean endOfDay) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            // fall through to the other accepted spellings
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notAnOffsetDateTime) {
            // fall through
        }
        try {
            LocalDate day = LocalDate.parse(value);
            return endOfDay
                    ? day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1)
                    : day.atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notADate) {
            throw new OutturnException(ErrorCode.VALIDATION_FAILED, parameter,
                    parameter + " must be an ISO-8601 instant such as 2011-09-01T00:00:00Z, not '" + value + "'");
        }
    }
}
