package org.accountsuccess.loop;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.accountsuccess.api.followup.FollowUpHistoryEntry;
import org.accountsuccess.api.followup.FollowUpState;
import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.database.schema.SchemaMigration;
import org.accountsuccess.host.spi.FollowUp;
import org.accountsuccess.host.spi.FollowUpStatus;

/**
 * The closed loop's own record, in the product's database: each response handled and its
 * follow-up, the last health band seen per account, and every event with whether it was posted
 * (an outbox). A fact and its event are written in one transaction, so a crash leaves either both
 * or neither. Exactly once rests on the database's keys, not on a lock of this JVM: when another
 * node recorded the same fact first, the write here is rolled back and answers that nothing was
 * recorded. The tables are migrated on construction ({@code V<n>__*.sql} next to this class,
 * history in {@code loop_schema_version}).
 *
 * <p>A user's change to a follow-up updates its row only at the version the user saw, and records
 * the change (who, when, what, the state after it) in the same transaction; the change waits there
 * until the host's {@code FollowUpUpdates} takes it.
 */
final class Ledger {
    private static final int BATCH = 500;
    static final SchemaMigration SCHEMA = new SchemaMigration("loop_schema_version", Ledger.class,
            List.of("V1__ledger.sql", "V2__follow_up_work.sql"));
    private static final String FOLLOW_UP_COLUMNS = "response_id, account_id, contact_id, assignee, kind, due_date,"
            + " title, answered_at, created_at, state, closed_on, status, snoozed_until, note, version, created_by";
    private static final String CHANGE_COLUMNS = "response_id, version, changed_at, changed_by, what, status,"
            + " snoozed_until, assignee, note";
    /** Parameters: account, band, seen on, the change counted (0 or 1), twice in MERGE. SQLite has no MERGE. */
    private static final String MERGE_BAND = "MERGE INTO loop_account_band t USING (VALUES (CAST(? AS VARCHAR(255)),"
            + " CAST(? AS VARCHAR(16)), CAST(? AS DATE))) s(account_id, band, seen_on) ON t.account_id = s.account_id"
            + " WHEN MATCHED THEN UPDATE SET band = s.band, seen_on = s.seen_on, changes = t.changes + ?"
            + " WHEN NOT MATCHED THEN INSERT (account_id, band, changes, seen_on) VALUES (s.account_id, s.band, ?, s.seen_on)";
    private static final String UPSERT_BAND = "INSERT INTO loop_account_band AS t (account_id, band, seen_on, changes)"
            + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id) DO UPDATE SET band = excluded.band,"
            + " seen_on = excluded.seen_on, changes = t.changes + excluded.changes";

    private final DataSource dataSource;
    private final Dialect dialect;

    /** The ledger in this database, its tables migrated first. */
    Ledger(DataSource dataSource) throws SQLException {
        SCHEMA.migrate(dataSource);
        this.dataSource = dataSource;
        this.dialect = Dialect.of(dataSource);
    }

    /** Which of these response ids the ledger already holds. */
    Set<String> known(Collection<String> responseIds) {
        List<String> ids = List.copyOf(responseIds);
        Set<String> known = new HashSet<>();
        return transaction(c -> {
            for (int from = 0; from < ids.size(); from += BATCH) {
                List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT response_id FROM loop_follow_up WHERE response_id IN (" + marks + ")")) {
                    for (int i = 0; i < batch.size(); i++) {
                        q.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            known.add(rs.getString(1));
                        }
                    }
                }
            }
            return known;
        });
    }

    /**
     * Records new follow-ups (pending) with their events, all or nothing; false when another node
     * recorded one of them first (then nothing is recorded here, and the next sweep sees theirs).
     */
    boolean recordFollowUps(List<LedgerFollowUp> rows, List<LedgerEvent> events) {
        return once(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO loop_follow_up (response_id, account_id,"
                    + " contact_id, assignee, kind, due_date, title, answered_at, created_at, state, created_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LedgerFollowUp row : rows) {
                    FollowUp f = row.followUp();
                    insert.setString(1, f.responseId());
                    insert.setString(2, f.accountId());
                    insert.setString(3, f.contactId());
                    insert.setString(4, f.assignee());
                    insert.setString(5, f.kind().name());
                    insert.setDate(6, Date.valueOf(f.dueDate()));
                    insert.setString(7, f.title());
                    dialect.setTimestamp(insert, 8, row.answeredAt());
                    dialect.setTimestamp(insert, 9, row.createdAt());
                    insert.setString(10, row.state().name());
                    insert.setString(11, row.createdBy());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            insertEvents(c, events);
            return null;
        });
    }

    /** The follow-ups the host's sink has not taken yet, oldest first. */
    List<LedgerFollowUp> pending() {
        return followUps("WHERE state = ? ORDER BY answered_at, response_id", FollowUpState.PENDING.name());
    }

    /** The follow-ups of responses answered before {@code until}. */
    List<LedgerFollowUp> answeredBefore(Instant until) {
        return followUps("WHERE answered_at < ? ORDER BY due_date, response_id", until);
    }

    /**
     * Open follow-ups due (and snoozed, if at all, until) before {@code day} whose overdue event is
     * not recorded yet.
     */
    List<LedgerFollowUp> unnotifiedDueBefore(LocalDate day) {
        return followUps("WHERE due_date < ? AND NOT overdue_notified AND closed_on IS NULL AND status <> 'DONE'"
                + " AND (snoozed_until IS NULL OR snoozed_until < ?) ORDER BY due_date, response_id",
                Date.valueOf(day), Date.valueOf(day));
    }

    Optional<LedgerFollowUp> followUp(String id) {
        return followUps("WHERE response_id = ?", id).stream().findFirst();
    }

    /** The account's follow-ups with this title, oldest first. */
    List<LedgerFollowUp> withTitle(String accountId, String title) {
        return followUps("WHERE account_id = ? AND title = ? ORDER BY created_at, response_id", accountId, title);
    }

    /**
     * Records a user's change if the follow-up is still as {@code before} (its version); false when
     * it is not, or another node wrote that version first. {@code closedOn} is the day it was marked
     * done ({@code null} unless done). The first change also records version 1, the follow-up as
     * created, so the history shows what the change changed.
     */
    boolean recordChange(LedgerFollowUp before, LedgerChange change, LocalDate closedOn) {
        return once(c -> {
            try (PreparedStatement u = c.prepareStatement("UPDATE loop_follow_up SET status = ?, snoozed_until = ?,"
                    + " assignee = ?, note = ?, closed_on = ?, version = ? WHERE response_id = ? AND version = ?")) {
                u.setString(1, change.status().name());
                u.setDate(2, change.snoozedUntil() == null ? null : Date.valueOf(change.snoozedUntil()));
                u.setString(3, change.assignee());
                u.setString(4, change.note());
                u.setDate(5, closedOn == null ? null : Date.valueOf(closedOn));
                u.setLong(6, change.version());
                u.setString(7, change.followUpId());
                u.setLong(8, before.version());
                if (u.executeUpdate() == 0) {
                    return false;
                }
            }
            if (before.version() == 1) {
                insertChange(c, new LedgerChange(before.id(), 1, before.createdAt(),
                        before.createdBy() != null ? before.createdBy() : FollowUpHistoryEntry.CLOSED_LOOP, "created",
                        FollowUpStatus.OPEN, null, before.followUp().assignee(), null), true);
            }
            insertChange(c, change, false);
            return null;
        });
    }

    private void insertChange(Connection c, LedgerChange change, boolean writtenBack) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO loop_follow_up_change (" + CHANGE_COLUMNS
                + ", written_back) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, change.followUpId());
            insert.setLong(2, change.version());
            dialect.setTimestamp(insert, 3, change.at());
            insert.setString(4, change.by());
            insert.setString(5, change.what());
            insert.setString(6, change.status().name());
            insert.setDate(7, change.snoozedUntil() == null ? null : Date.valueOf(change.snoozedUntil()));
            insert.setString(8, change.assignee());
            insert.setString(9, change.note());
            insert.setBoolean(10, writtenBack);
            insert.executeUpdate();
        }
    }

    /** The users' changes of the follow-up, by version. */
    List<LedgerChange> changes(String id) {
        return changes("WHERE response_id = ? ORDER BY version", id);
    }

    /** The changes the host has not taken yet, of follow-ups it has taken, by follow-up and version. */
    List<LedgerChange> unwritten() {
        return changes("WHERE NOT written_back AND response_id IN (SELECT response_id FROM loop_follow_up"
                + " WHERE state = ?) ORDER BY response_id, version", FollowUpState.SUBMITTED.name());
    }

    void markWrittenBack(String id, long version) {
        update("UPDATE loop_follow_up_change SET written_back = TRUE WHERE response_id = ? AND version = ?", id,
                version);
    }

    void markSubmitted(String responseId) {
        update("UPDATE loop_follow_up SET state = ? WHERE response_id = ?", FollowUpState.SUBMITTED.name(), responseId);
    }

    /** Remembers that the follow-up was found done, so later overdue checks skip it. */
    void markClosed(String responseId, LocalDate on) {
        update("UPDATE loop_follow_up SET closed_on = ? WHERE response_id = ?", Date.valueOf(on), responseId);
    }

    /** Records that the follow-up is overdue, with its event; false when another node did first. */
    boolean markOverdue(String responseId, LedgerEvent event) {
        return once(c -> {
            try (PreparedStatement u = c.prepareStatement(
                    "UPDATE loop_follow_up SET overdue_notified = TRUE WHERE response_id = ?")) {
                u.setString(1, responseId);
                u.executeUpdate();
            }
            insertEvents(c, List.of(event));
            return null;
        });
    }

    /** The last band seen per account. */
    Map<String, String> bands() {
        return transaction(c -> {
            Map<String, String> bands = new HashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT account_id, band FROM loop_account_band")) {
                while (rs.next()) {
                    bands.put(rs.getString(1), rs.getString(2));
                }
            }
            return bands;
        });
    }

    /** How many band changes of the account the ledger has recorded. */
    int bandChanges(String accountId) {
        return transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT changes FROM loop_account_band WHERE account_id = ?")) {
                q.setString(1, accountId);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() ? rs.getInt(1) : 0;
                }
            }
        });
    }

    /**
     * Stores the account's band; with an event, counts a change and records the event in the same
     * transaction. False when another node recorded the same change first.
     */
    boolean recordBand(String accountId, String band, LocalDate seenOn, Optional<LedgerEvent> event) {
        return once(c -> {
            try (PreparedStatement m = c.prepareStatement(dialect == Dialect.SQLITE ? UPSERT_BAND : MERGE_BAND)) {
                int counted = event.isPresent() ? 1 : 0;
                m.setString(1, accountId);
                m.setString(2, band);
                m.setDate(3, Date.valueOf(seenOn));
                m.setInt(4, counted);
                if (dialect != Dialect.SQLITE) {
                    m.setInt(5, counted);
                }
                m.executeUpdate();
            }
            insertEvents(c, event.stream().toList());
            return null;
        });
    }

    /** Records the event unless one with its id exists; true when recorded. */
    boolean recordOnce(LedgerEvent event) {
        return once(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT 1 FROM loop_event WHERE event_id = ?")) {
                q.setString(1, event.eventId());
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            insertEvents(c, List.of(event));
            return null;
        });
    }

    /** The events not posted yet, in the order they were recorded. */
    List<LedgerEvent> unposted() {
        return transaction(c -> {
            Map<String, String> topics = new LinkedHashMap<>();
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT event_id, topic FROM loop_event WHERE posted_at IS NULL ORDER BY seq")) {
                while (rs.next()) {
                    topics.put(rs.getString(1), rs.getString(2));
                }
            }
            List<LedgerEvent> events = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT name, kind, val FROM loop_event_property WHERE event_id = ?")) {
                for (Map.Entry<String, String> e : topics.entrySet()) {
                    q.setString(1, e.getKey());
                    Map<String, Object> properties = new HashMap<>();
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            properties.put(rs.getString(1), decode(rs.getString(2), rs.getString(3)));
                        }
                    }
                    events.add(new LedgerEvent(e.getKey(), e.getValue(), properties));
                }
            }
            return events;
        });
    }

    void markPosted(String eventId, Instant at) {
        update("UPDATE loop_event SET posted_at = ? WHERE event_id = ?", at, eventId);
    }

    /** How many events the ledger holds with this topic (posted or not). */
    int eventCount(String topic) {
        return transaction(c -> {
            try (PreparedStatement q = c.prepareStatement("SELECT COUNT(*) FROM loop_event WHERE topic = ?")) {
                q.setString(1, topic);
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    private List<LedgerFollowUp> followUps(String where, Object... parameters) {
        return query("SELECT " + FOLLOW_UP_COLUMNS + " FROM loop_follow_up " + where, parameters,
                rs -> new LedgerFollowUp(new FollowUp(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), FollowUp.Kind.valueOf(rs.getString(5)), rs.getDate(6).toLocalDate(),
                        rs.getString(7)), Dialect.timestamp(rs, 8), Dialect.timestamp(rs, 9),
                        FollowUpState.valueOf(rs.getString(10)), day(rs, 11), FollowUpStatus.valueOf(rs.getString(12)),
                        day(rs, 13), rs.getString(14), rs.getLong(15), rs.getString(16)));
    }

    private List<LedgerChange> changes(String where, Object... parameters) {
        return query("SELECT " + CHANGE_COLUMNS + " FROM loop_follow_up_change " + where, parameters,
                rs -> new LedgerChange(rs.getString(1), rs.getLong(2), Dialect.timestamp(rs, 3), rs.getString(4),
                        rs.getString(5), FollowUpStatus.valueOf(rs.getString(6)), day(rs, 7), rs.getString(8),
                        rs.getString(9)));
    }

    @FunctionalInterface
    private interface Row<T> {
        T of(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Object[] parameters, Row<T> row) {
        return transaction(c -> {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    bind(q, i + 1, parameters[i]);
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row.of(rs));
                    }
                }
                return rows;
            }
        });
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Date day = rs.getDate(column);
        return day == null ? null : day.toLocalDate();
    }

    private void insertEvents(Connection c, List<LedgerEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement outbox = c.prepareStatement(
                "INSERT INTO loop_event (event_id, topic, created_at) VALUES (?, ?, ?)");
                PreparedStatement property = c.prepareStatement(
                        "INSERT INTO loop_event_property (event_id, name, kind, val) VALUES (?, ?, ?, ?)")) {
            for (LedgerEvent e : events) {
                outbox.setString(1, e.eventId());
                outbox.setString(2, e.topic());
                dialect.setTimestamp(outbox, 3, Instant.now());
                outbox.addBatch();
                for (Map.Entry<String, Object> p : e.properties().entrySet()) {
                    property.setString(1, e.eventId());
                    property.setString(2, p.getKey());
                    property.setString(3, kindOf(p.getValue()));
                    property.setString(4, p.getValue().toString());
                    property.addBatch();
                }
            }
            outbox.executeBatch();
            property.executeBatch();
        }
    }

    private static String kindOf(Object value) {
        if (value instanceof Integer) {
            return "I";
        }
        if (value instanceof Double) {
            return "D";
        }
        if (value instanceof String) {
            return "S";
        }
        throw new IllegalArgumentException("event property of type " + value.getClass().getName()
                + ": only String, Integer and Double are stored");
    }

    private static Object decode(String kind, String value) {
        return switch (kind) {
            case "I" -> Integer.valueOf(value);
            case "D" -> Double.valueOf(value);
            default -> value;
        };
    }

    private void update(String sql, Object... parameters) {
        transaction(c -> {
            try (PreparedStatement u = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    bind(u, i + 1, parameters[i]);
                }
                return u.executeUpdate();
            }
        });
    }

    /** Binds a parameter; an {@link Instant} as a timestamp of the dialect. */
    private void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof Instant at) {
            dialect.setTimestamp(statement, index, at);
        } else {
            statement.setObject(index, value);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T transaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return inTransaction(c, work);
        } catch (SQLException e) {
            throw new IllegalStateException("closed-loop ledger: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a write that records a fact once: false, rolled back, when a key shows that the fact is
     * recorded already (by another node; with a lease, only while the lease changes hands).
     * A {@code Work} answering {@code false} has found it recorded itself.
     */
    private boolean once(Work<?> work) {
        try (Connection c = dataSource.getConnection()) {
            try {
                return !Boolean.FALSE.equals(inTransaction(c, work));
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("closed-loop ledger: " + e.getMessage(), e);
        }
    }

    private static <T> T inTransaction(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        }
    }
}
