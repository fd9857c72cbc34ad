package io.outturn.bench;

import java.util.Locale;

/** Progress lines on standard output, so that a long run shows where it is. */
final class Console {

    private static final long START = System.nanoTime();

    private Console() {
    }

    static void say(String format, Object... args) {
        double elapsed = (System.nanoTime() - START) / 1e9;
        System.out.printf(Locale.ROOT, "[bench %6.1fs] %s%n", elapsed, String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
