package org.accountsuccess.kpi.index;

import java.time.Instant;
import java.util.Arrays;

import org.accountsuccess.host.spi.TimeRange;

/** Growing primitive columns while an index is built, and instants held as seconds and nanoseconds. */
final class Columns {
    private Columns() {
    }

    /** {@code column}, grown when row {@code row} does not fit. */
    static int[] fit(int[] column, int row) {
        return row < column.length ? column : Arrays.copyOf(column, column.length * 2);
    }

    static long[] fit(long[] column, int row) {
        return row < column.length ? column : Arrays.copyOf(column, column.length * 2);
    }

    static byte[] fit(byte[] column, int row) {
        return row < column.length ? column : Arrays.copyOf(column, column.length * 2);
    }

    /** Exactly {@code range.contains(Instant.ofEpochSecond(seconds, nanos))}, without building the instant. */
    static boolean contains(TimeRange range, long seconds, int nanos) {
        Instant from = range.from();
        Instant until = range.until();
        return (from == null || seconds > from.getEpochSecond()
                        || seconds == from.getEpochSecond() && nanos >= from.getNano())
                && (until == null || seconds < until.getEpochSecond()
                        || seconds == until.getEpochSecond() && nanos < until.getNano());
    }

    /** An optional enum as a byte: 0 for none, else the ordinal + 1. */
    static byte code(Enum<?> value) {
        return value == null ? 0 : (byte) (value.ordinal() + 1);
    }

    static <E> E decode(E[] values, byte code) {
        return code == 0 ? null : values[code - 1];
    }
}
