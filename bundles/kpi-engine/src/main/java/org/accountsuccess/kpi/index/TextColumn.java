package org.accountsuccess.kpi.index;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Text that rarely repeats (ids, comments, subjects) packed as UTF-8 in one byte array, so a
 * million values cost their bytes and an offset each instead of a million objects.
 */
final class TextColumn {
    private byte[] bytes = new byte[4096];
    private int[] ends = new int[256];
    private final BitSet nulls = new BitSet();
    private int size;
    private int length;

    void add(String value) {
        if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
        }
        if (value == null) {
            nulls.set(size);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            if (length + utf8.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + utf8.length));
            }
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }
        ends[size++] = length;
    }

    String get(int row) {
        if (nulls.get(row)) {
            return null;
        }
        int start = row == 0 ? 0 : ends[row - 1];
        return new String(bytes, start, ends[row] - start, StandardCharsets.UTF_8);
    }

    int size() {
        return size;
    }

    /** The same values in the order {@code order} gives ({@code order[i]} is the old row of new row {@code i}). */
    TextColumn permuted(int[] order) {
        TextColumn copy = new TextColumn();
        copy.bytes = new byte[Math.max(16, length)];
        copy.ends = new int[Math.max(16, size)];
        for (int row : order) {
            if (nulls.get(row)) {
                copy.nulls.set(copy.size);
            } else {
                int start = row == 0 ? 0 : ends[row - 1];
                int n = ends[row] - start;
                System.arraycopy(bytes, start, copy.bytes, copy.length, n);
                copy.length += n;
            }
            copy.ends[copy.size++] = copy.length;
        }
        return copy;
    }

    /** The bytes it holds, roughly. */
    long footprint() {
        return (long) bytes.length + 4L * ends.length + nulls.size() / 8;
    }
}
