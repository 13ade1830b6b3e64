package org.accountsuccess.kpi.index;

import java.util.Arrays;

/**
 * Rows ordered by their group with a stable counting sort: the rows of group {@code g} are
 * {@code [offsets[g], offsets[g + 1])} of the new order, and {@code order[i]} is the old row of
 * new row {@code i}.
 */
record Grouping(int[] order, int[] offsets) {

    /** Groups {@code rows} rows whose groups ({@code 0..groups-1}) are {@code groupOfRow}. */
    static Grouping of(int[] groupOfRow, int rows, int groups) {
        int[] offsets = new int[groups + 1];
        for (int r = 0; r < rows; r++) {
            offsets[groupOfRow[r] + 1]++;
        }
        for (int g = 0; g < groups; g++) {
            offsets[g + 1] += offsets[g];
        }
        int[] next = Arrays.copyOf(offsets, groups);
        int[] order = new int[rows];
        for (int r = 0; r < rows; r++) {
            order[next[groupOfRow[r]]++] = r;
        }
        return new Grouping(order, offsets);
    }

    int rows() {
        return order.length;
    }

    int[] apply(int[] column) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    long[] apply(long[] column) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    byte[] apply(byte[] column) {
        byte[] out = new byte[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = column[order[i]];
        }
        return out;
    }

    TextColumn apply(TextColumn column) {
        return column.permuted(order);
    }
}
