package org.accountsuccess.webhooks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.database.schema.SchemaMigration;

/**
 * The durable outbox of webhook deliveries in the product's database (history
 * {@code webhooks_schema_version}, scripts next to this class): every delivery is a row that is
 * {@code PENDING} until its endpoint answers 2xx ({@code DELIVERED}) or it is given up on
 * ({@code DEAD}, a dead letter). A row changes state in one statement, so a crash leaves it either
 * before or after an attempt; a pending delivery is sent again after a restart. An event reaches
 * an endpoint once: a second event with the same {@code eventId} is not added, also when another
 * node that shares the database received the same event.
 */
final class Outbox {
    private static final String COLUMNS = "id, endpoint, event_id, topic, body, attempts, created_at, next_attempt_at";

    /** Deliveries of one endpoint by state. */
    record Counts(long pending, long delivered, long dead) {
    }

    static final SchemaMigration SCHEMA = new SchemaMigration("webhooks_schema_version", Outbox.class,
            List.of("V1__outbox.sql"));

    private final DataSource dataSource;

    /** The outbox in this database, its table migrated first. */
    Outbox(DataSource dataSource) throws SQLException {
        SCHEMA.migrate(dataSource);
        this.dataSource = dataSource;
    }

    /**
     * Adds the deliveries in one transaction, each due at once, skipping an event an endpoint already has.
     *
     * @return the deliveries added
     */
    List<Delivery> add(List<Delivery> deliveries) throws SQLException {
        List<Delivery> added = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO webhook_delivery (" + COLUMNS
                    + ", status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')")) {
                for (Delivery d : deliveries) {
                    insert.setString(1, d.id());
                    insert.setString(2, d.endpoint());
                    insert.setString(3, d.body().eventId());
                    insert.setString(4, d.body().topic());
                    insert.setString(5, d.body().json());
                    insert.setInt(6, d.attempts());
                    insert.setLong(7, d.createdAt().toEpochMilli());
                    insert.setLong(8, d.due().toEpochMilli());
                    // PostgreSQL aborts the whole transaction on an error: a duplicate rolls back to here only
                    Savepoint before = c.setSavepoint();
                    try {
                        insert.executeUpdate();
                        c.releaseSavepoint(before);
                        added.add(d);
                    } catch (SQLException e) {
                        if (!Dialect.isDuplicateKey(e)) {
                            throw e;
                        }
                        c.rollback(before);
                    }
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
        return added;
    }

    /** An endpoint's pending deliveries due by {@code until}, the longest waiting first. */
    List<Delivery> due(String endpoint, Instant until, int limit) throws SQLException {
        return deliveries("SELECT " + COLUMNS + " FROM webhook_delivery WHERE endpoint = ? AND status = 'PENDING'"
                + " AND next_attempt_at <= ? ORDER BY next_attempt_at, created_at LIMIT " + limit, endpoint,
                until.toEpochMilli());
    }

    /**
     * Claims a due delivery for one attempt: moves its next attempt to {@code leaseUntil}, so that
     * no other round sends it meanwhile (and, should the attempt never be recorded, it is sent again
     * then). False when it is no longer due as read (sent, given up on, or claimed).
     */
    boolean claim(Delivery delivery, Instant leaseUntil) throws SQLException {
        return update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING'"
                + " AND attempts = ? AND next_attempt_at = ?", leaseUntil.toEpochMilli(), delivery.id(),
                delivery.attempts(), delivery.due().toEpochMilli()) == 1;
    }

    /** Hands a claimed delivery back unsent, due again at {@code due} (the worker stops before sending it). */
    void unclaim(Delivery delivery, Instant claimedUntil) throws SQLException {
        update("UPDATE webhook_delivery SET next_attempt_at = ? WHERE id = ? AND status = 'PENDING'"
                + " AND next_attempt_at = ?", delivery.due().toEpochMilli(), delivery.id(), claimedUntil.toEpochMilli());
    }

    /** Records a 2xx answer. A delivery counts as delivered even when it was made a dead letter meanwhile. */
    void delivered(String id, int attempts, Instant at) throws SQLException {
        update("UPDATE webhook_delivery SET status = 'DELIVERED', attempts = ?, last_attempt_at = ?,"
                + " next_attempt_at = NULL, last_error = NULL WHERE id = ?", attempts, at.toEpochMilli(), id);
    }

    /** Records a failed attempt of a pending delivery, to be tried again at {@code next}. */
    void retry(String id, int attempts, Instant at, Instant next, String error) throws SQLException {
        update("UPDATE webhook_delivery SET attempts = ?, last_attempt_at = ?, next_attempt_at = ?, last_error = ?"
                + " WHERE id = ? AND status = 'PENDING'", attempts, at.toEpochMilli(), next.toEpochMilli(),
                clip(error), id);
    }

    /** Gives up on a pending delivery after a failed attempt. */
    void dead(String id, int attempts, Instant at, String reason) throws SQLException {
        update("UPDATE webhook_delivery SET status = 'DEAD', attempts = ?, last_attempt_at = ?,"
                + " next_attempt_at = NULL, last_error = ? WHERE id = ? AND status = 'PENDING'", attempts,
                at.toEpochMilli(), clip(reason), id);
    }

    /** Gives up on every pending delivery of an endpoint; answers how many. */
    int deadLetterPending(String endpoint, String reason) throws SQLException {
        return update("UPDATE webhook_delivery SET status = 'DEAD', next_attempt_at = NULL, last_error = ?"
                + " WHERE endpoint = ? AND status = 'PENDING'", clip(reason), endpoint);
    }

    List<DeadLetter> deadLetters() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT id, endpoint, topic, event_id, attempts, created_at, last_attempt_at, last_error"
                        + " FROM webhook_delivery WHERE status = 'DEAD' ORDER BY created_at, id");
                ResultSet rs = s.executeQuery()) {
            List<DeadLetter> letters = new ArrayList<>();
            while (rs.next()) {
                long last = rs.getLong(7);
                Instant lastAttempt = rs.wasNull() ? null : Instant.ofEpochMilli(last);
                letters.add(new DeadLetter(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), Instant.ofEpochMilli(rs.getLong(6)), lastAttempt, rs.getString(8)));
            }
            return letters;
        }
    }

    /** Makes a dead letter pending again, with no attempts, due at {@code now}; false when it is no dead letter. */
    boolean replay(String id, Instant now) throws SQLException {
        return update("UPDATE webhook_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ?,"
                + " last_error = NULL WHERE id = ? AND status = 'DEAD'", now.toEpochMilli(), id) == 1;
    }

    /** Deliveries by endpoint name and state. */
    Map<String, Counts> counts() throws SQLException {
        Map<String, long[]> byEndpoint = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "SELECT endpoint, status, COUNT(*) FROM webhook_delivery GROUP BY endpoint, status")) {
            while (rs.next()) {
                long[] n = byEndpoint.computeIfAbsent(rs.getString(1), e -> new long[3]);
                n[switch (rs.getString(2)) {
                    case "PENDING" -> 0;
                    case "DELIVERED" -> 1;
                    default -> 2;
                }] = rs.getLong(3);
            }
        }
        Map<String, Counts> counts = new TreeMap<>();
        byEndpoint.forEach((endpoint, n) -> counts.put(endpoint, new Counts(n[0], n[1], n[2])));
        return counts;
    }

    /** Forgets the deliveries delivered before {@code before}; answers how many. */
    int forgetDelivered(Instant before) throws SQLException {
        return update("DELETE FROM webhook_delivery WHERE status = 'DELIVERED' AND last_attempt_at < ?",
                before.toEpochMilli());
    }

    private List<Delivery> deliveries(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
                ResultSet rs = s.executeQuery()) {
            List<Delivery> deliveries = new ArrayList<>();
            while (rs.next()) {
                EventBody body = new EventBody(rs.getString(3), rs.getString(4), rs.getString(5));
                deliveries.add(new Delivery(rs.getString(1), rs.getString(2), body, rs.getInt(6),
                        Instant.ofEpochMilli(rs.getLong(7)), Instant.ofEpochMilli(rs.getLong(8))));
            }
            return deliveries;
        }
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
