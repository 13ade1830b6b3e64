package org.accountsuccess.database.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.database.schema.SchemaMigration;

/**
 * The lease rows: one per lease name, with its holder and when it expires. Times are the
 * database's ({@code CURRENT_TIMESTAMP}), so the nodes' clocks need not agree. Each call is one
 * short auto-committed statement at a time: taking a lease is a conditional update (the row is
 * ours, or it has expired), and the first take of a name an insert that the primary key lets only
 * one node win.
 */
final class LeaseTable {
    static final SchemaMigration SCHEMA = new SchemaMigration("cluster_schema_version", LeaseTable.class,
            List.of("V1__leader_lease.sql"));
    private final DataSource dataSource;

    LeaseTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Takes or renews the lease for {@code duration}; false when another node holds it and it has not expired. */
    boolean take(String name, String node, Duration duration) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            long now = now(c);
            long expires = now + duration.toMillis();
            try (PreparedStatement update = c.prepareStatement("UPDATE leader_lease SET holder = ?, expires_at = ?"
                    + " WHERE name = ? AND (holder = ? OR expires_at < ?)")) {
                update.setString(1, node);
                update.setLong(2, expires);
                update.setString(3, name);
                update.setString(4, node);
                update.setLong(5, now);
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO leader_lease (name, holder, expires_at) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, node);
                insert.setLong(3, expires);
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (Dialect.isDuplicateKey(e)) {
                    return false;
                }
                throw e;
            }
        }
    }

    /** Gives the lease up, if this node holds it, so that another node takes it at its next try. */
    void release(String name, String node) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE leader_lease SET expires_at = 0 WHERE name = ? AND holder = ?")) {
                update.setString(1, name);
                update.setString(2, node);
                update.executeUpdate();
            }
        }
    }

    private static long now(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(Dialect.of(c).currentTimestampQuery())) {
            rs.next();
            return Dialect.timestamp(rs, 1).toEpochMilli();
        }
    }
}
