package io.outturn.bench;

import java.util.Arrays;

/**
 * An exact latency recorder: every sample is kept (in nanoseconds) and percentiles are read from the sorted
 * samples, so a p99 is the 99th percentile of what happened, not of a histogram's buckets. Thread-safe.
 */
final class Latencies {

    private long[] samples = new long[1024];
    private int count;

    synchronized void record(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    synchronized void addAll(Latencies other) {
        long[] theirs;
        int theirCount;
        synchronized (other) {
            theirs = other.samples;
            theirCount = other.count;
        }
        for (int i = 0; i < theirCount; i++) {
            record(theirs[i]);
        }
    }

    synchronized int count() {
        return count;
    }

    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        return new Summary(count, millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
                millis(count == 0 ? 0 : sorted[count - 1]), millis(mean(sorted)));
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code q} of the samples at or below it. */
    private static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static long mean(long[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        double sum = 0;
        for (long s : sorted) {
            sum += s;
        }
        return (long) (sum / sorted.length);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Latencies in milliseconds. */
    record Summary(int count, double p50Millis, double p99Millis, double maxMillis, double meanMillis) {
    }
}
