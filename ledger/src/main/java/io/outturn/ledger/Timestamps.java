package io.outturn.ledger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Transaction time as the ledger writes it: UTC, milliseconds, {@code 2012-07-20T09:00:00.000Z}. Both event stores
 * keep milliseconds and no more (the H2 store writes this very text, Axon Server epoch milliseconds), so an event
 * hashed before the append and read back afterwards gives the same text.
 */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static Instant parse(String text) {
        return Instant.parse(text);
    }
}
