package org.accountsuccess.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * An embedded database measured as the store's default by {@link EmbeddedCandidateTrials}: how it
 * is opened durably, and the activities table of V1 in its SQL. Each candidate holds the table with
 * the store's two secondary indexes, so the trials write what an import writes.
 */
enum EmbeddedCandidate {
    /** The shipped URL before this change. */
    H2("jdbc:h2:async:%s/store;WRITE_DELAY=0;MAX_COMPACT_TIME=30000", "TIMESTAMP(6) WITH TIME ZONE"),
    /** Write-ahead log, fsync at every commit. */
    SQLITE("jdbc:sqlite:%s/store.db?journal_mode=WAL&synchronous=FULL&journal_size_limit=67108864", "TEXT"),
    /** Disk-based (cached) tables, the log synced at every commit. */
    HSQLDB("jdbc:hsqldb:file:%s/store;hsqldb.default_table_type=cached;hsqldb.write_delay=false;hsqldb.tx=mvcc;shutdown=true",
            "TIMESTAMP(6) WITH TIME ZONE");

    private static final Instant FIRST = Instant.parse("2024-01-01T00:00:00Z");
    private final String url;
    private final String timestampType;

    EmbeddedCandidate(String url, String timestampType) {
        this.url = url;
        this.timestampType = timestampType;
    }

    Connection open(Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        Connection connection = DriverManager.getConnection(url.formatted(folder.toAbsolutePath()), "sa", "");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS activities (activity_id VARCHAR(255) NOT NULL PRIMARY KEY,"
                    + " account_id VARCHAR(255) NOT NULL, type VARCHAR(32) NOT NULL, occurred_at " + timestampType
                    + " NOT NULL, subject VARCHAR(10000))");
            statement.execute("CREATE INDEX IF NOT EXISTS activities_account_occurred ON activities (account_id, occurred_at)");
            statement.execute("CREATE INDEX IF NOT EXISTS activities_occurred ON activities (occurred_at)");
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /** Replaces every row with revision {@code revision} of {@code rows} rows, in one transaction. */
    void replace(Connection connection, int rows, int revision) throws SQLException {
        try (Statement delete = connection.createStatement();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO activities"
                        + " (activity_id, account_id, type, occurred_at, subject) VALUES (?, ?, ?, ?, ?)")) {
            delete.executeUpdate("DELETE FROM activities");
            for (int i = 0; i < rows; i++) {
                insert.setString(1, "act-" + i);
                insert.setString(2, "acc-" + (i % 1000));
                insert.setString(3, i % 3 == 0 ? "meeting" : "email");
                Instant at = FIRST.plusSeconds(61L * i);
                if (this == SQLITE) {
                    insert.setString(4, at.toString());
                } else {
                    insert.setObject(4, at.atOffset(ZoneOffset.UTC));
                }
                insert.setString(5, "Subject " + i + " r" + revision + ", about things");
                insert.addBatch();
                if (i % 500 == 499 || i == rows - 1) {
                    insert.executeBatch();
                }
            }
        }
        connection.commit();
    }

    /** Row count and SHA-256 over every row in key order, read through the primary key. */
    static String fingerprint(Connection connection) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long count = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT activity_id, account_id, subject FROM activities"
                        + " ORDER BY activity_id")) {
            while (rows.next()) {
                count++;
                for (int i = 1; i <= 3; i++) {
                    digest.update(rows.getString(i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM activities WHERE occurred_at >= "
                        + (connection.getMetaData().getDatabaseProductName().contains("SQLite") ? "'2024'"
                        : "TIMESTAMP '2024-01-01 00:00:00+00:00'"))) {
            rows.next();
            if (rows.getLong(1) != count) {
                throw new SQLException("the index on occurred_at holds " + rows.getLong(1) + " rows, the table " + count);
            }
        }
        return count + " " + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
