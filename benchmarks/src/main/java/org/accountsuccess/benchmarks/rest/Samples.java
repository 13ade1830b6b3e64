package org.accountsuccess.benchmarks.rest;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds and their percentiles (nearest rank), printed in milliseconds. */
final class Samples {
    private long[] values = new long[64];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int size() {
        return size;
    }

    /** The {@code p}-th percentile (0 < p <= 100) in ms, NaN when empty. */
    synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size, rank) - 1)] / 1e6;
    }

    double median() {
        return percentileMillis(50);
    }

    double p90() {
        return percentileMillis(90);
    }

    double p99() {
        return percentileMillis(99);
    }

    double max() {
        return percentileMillis(100);
    }

    static String ms(double millis) {
        if (Double.isNaN(millis)) {
            return "n/a";
        }
        return millis >= 100 ? String.format(Locale.ROOT, "%,.0f", millis)
                : millis >= 10 ? String.format(Locale.ROOT, "%.1f", millis) : String.format(Locale.ROOT, "%.2f", millis);
    }
}
