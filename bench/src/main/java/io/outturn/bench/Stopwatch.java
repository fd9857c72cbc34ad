package io.outturn.bench;

/** Elapsed wall time from a monotonic clock; the benchmark never reads the calendar to time anything. */
final class Stopwatch {

    private final long start = System.nanoTime();

    static Stopwatch start() {
        return new Stopwatch();
    }

    long nanos() {
        return System.nanoTime() - start;
    }

    double seconds() {
        return nanos() / 1e9;
    }
}
