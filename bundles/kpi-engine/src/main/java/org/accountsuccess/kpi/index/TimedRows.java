package org.accountsuccess.kpi.index;

import java.time.Instant;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import org.accountsuccess.host.spi.TimeRange;

/**
 * The part every timed record shares (responses, invitations, activities): an id, the code of the
 * record's owner (a contact or an account) and an instant, grouped by owner. The owner's rows are
 * {@code [byOwner[o], byOwner[o + 1])}; a kind's own columns are reordered with the same
 * {@link #grouping()}.
 */
final class TimedRows {
    private final TextColumn ids;
    private final int[] owner;
    private final long[] seconds;
    private final int[] nanos;
    private final Grouping grouping;

    private TimedRows(Builder built, int owners) {
        grouping = Grouping.of(built.owner, built.rows, owners);
        ids = grouping.apply(built.ids);
        owner = grouping.apply(built.owner);
        seconds = grouping.apply(built.seconds);
        nanos = grouping.apply(built.nanos);
    }

    Grouping grouping() {
        return grouping;
    }

    int rows() {
        return grouping.rows();
    }

    String id(int row) {
        return ids.get(row);
    }

    int owner(int row) {
        return owner[row];
    }

    Instant instant(int row) {
        return Instant.ofEpochSecond(seconds[row], nanos[row]);
    }

    /**
     * The rows of owners {@code [fromOwner, toOwner)} (every row when {@code fromOwner} is -1) whose
     * instant is in {@code range}. An owner code interned after these rows were grouped has none.
     */
    IntStream rows(int fromOwner, int toOwner, TimeRange range, IntPredicate also) {
        int[] offsets = grouping.offsets();
        if (fromOwner >= offsets.length - 1) {
            return IntStream.empty();
        }
        IntStream rows = fromOwner < 0 ? IntStream.range(0, rows())
                : IntStream.range(offsets[fromOwner], offsets[Math.min(toOwner, offsets.length - 1)]);
        return rows.filter(r -> Columns.contains(range, seconds[r], nanos[r]) && also.test(r));
    }

    long footprint() {
        return ids.footprint() + 20L * rows() + 4L * grouping.offsets().length;
    }

    /** Collects the shared columns in arrival order; {@link #grouped(int)} orders them by owner. */
    static final class Builder {
        int rows;
        int[] owner = new int[256];
        long[] seconds = new long[256];
        int[] nanos = new int[256];
        final TextColumn ids = new TextColumn();

        /** Adds a row and answers its arrival index. */
        int add(String id, int ownerCode, Instant at) {
            owner = Columns.fit(owner, rows);
            seconds = Columns.fit(seconds, rows);
            nanos = Columns.fit(nanos, rows);
            owner[rows] = ownerCode;
            seconds[rows] = at.getEpochSecond();
            nanos[rows] = at.getNano();
            ids.add(id);
            return rows++;
        }

        /** The rows grouped by owner, with owner codes {@code 0..owners-1}. */
        TimedRows grouped(int owners) {
            return new TimedRows(this, owners);
        }
    }
}
