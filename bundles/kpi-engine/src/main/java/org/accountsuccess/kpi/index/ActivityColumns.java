package org.accountsuccess.kpi.index;

import java.util.stream.Stream;

import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityQuery;
import org.accountsuccess.host.spi.ActivityType;

/** Activities grouped by account code. */
final class ActivityColumns {
    private static final ActivityType[] TYPES = ActivityType.values();
    private static final Activity.Direction[] DIRECTIONS = Activity.Direction.values();
    private static final Activity.Status[] STATUSES = Activity.Status.values();
    private static final Activity.Severity[] SEVERITIES = Activity.Severity.values();

    private final Dictionary<String> accountIds;
    private final Dictionary<String> contactIds;
    private final TimedRows rows;
    private final int[] contact;
    private final byte[] type;
    private final byte[] direction;
    private final byte[] status;
    private final byte[] severity;
    private final TextColumn subjects;

    private ActivityColumns(Dictionary<String> accountIds, Dictionary<String> contactIds, TimedRows rows,
            Builder built) {
        this.accountIds = accountIds;
        this.contactIds = contactIds;
        this.rows = rows;
        Grouping grouping = rows.grouping();
        contact = grouping.apply(built.contact);
        type = grouping.apply(built.type);
        direction = grouping.apply(built.direction);
        status = grouping.apply(built.status);
        severity = grouping.apply(built.severity);
        subjects = grouping.apply(built.subjects);
    }

    static ActivityColumns of(Stream<Activity> activities, Dictionary<String> accountIds,
            Dictionary<String> contactIds) {
        TimedRows.Builder timed = new TimedRows.Builder();
        Builder built = new Builder();
        try (activities) {
            activities.forEachOrdered(x -> built.add(timed.add(x.id(), accountIds.intern(x.accountId()),
                    x.occurredAt()), x, contactIds));
        }
        return new ActivityColumns(accountIds, contactIds, timed.grouped(accountIds.size()), built);
    }

    /** The activities of account code {@code a} (every account when -1) that match the query's range and types. */
    Stream<Activity> activities(int a, ActivityQuery query) {
        int types = query.types().stream().mapToInt(t -> 1 << t.ordinal()).reduce(0, (x, y) -> x | y);
        return rows.rows(a, a + 1, query.range(), r -> types == 0 || (types & 1 << type[r]) != 0)
                .mapToObj(this::activity);
    }

    int count() {
        return rows.rows();
    }

    long footprint() {
        return rows.footprint() + 8L * rows.rows() + subjects.footprint();
    }

    private Activity activity(int r) {
        return new Activity(rows.id(r), accountIds.value(rows.owner(r)), contactIds.value(contact[r]), TYPES[type[r]],
                rows.instant(r), Columns.decode(DIRECTIONS, direction[r]), subjects.get(r),
                Columns.decode(STATUSES, status[r]), Columns.decode(SEVERITIES, severity[r]));
    }

    /** An activity's own columns in arrival order. */
    private static final class Builder {
        int[] contact = new int[256];
        byte[] type = new byte[256];
        byte[] direction = new byte[256];
        byte[] status = new byte[256];
        byte[] severity = new byte[256];
        final TextColumn subjects = new TextColumn();

        void add(int row, Activity x, Dictionary<String> contactIds) {
            contact = Columns.fit(contact, row);
            type = Columns.fit(type, row);
            direction = Columns.fit(direction, row);
            status = Columns.fit(status, row);
            severity = Columns.fit(severity, row);
            contact[row] = contactIds.intern(x.contactId());
            type[row] = (byte) x.type().ordinal();
            direction[row] = Columns.code(x.direction());
            status[row] = Columns.code(x.status());
            severity[row] = Columns.code(x.severity());
            subjects.add(x.subject());
        }
    }
}
