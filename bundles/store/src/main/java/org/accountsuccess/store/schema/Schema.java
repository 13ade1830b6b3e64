package org.accountsuccess.store.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.sql.DataSource;

/**
 * The store's tables, created and migrated by the bundle itself. The scripts {@code V1__*.sql},
 * {@code V2__*.sql}, ... next to this class are applied in order; each runs in one transaction
 * together with its row in the table {@value #VERSION_TABLE}, so a restart applies only what is
 * new. An applied script must never change: its checksum is recorded, and a changed script stops
 * the start with a message naming it (add a new version instead).
 *
 * <p>Script syntax: a statement ends with {@code ;} at the end of a line; lines starting with
 * {@code --} are comments. H2 commits DDL as it goes, so on H2 a script is not atomic: write every
 * statement so that it can run again ({@code IF NOT EXISTS}).
 */
public final class Schema {
    /** The scripts in the order they apply; a new version appends its file here. */
    static final List<String> SCRIPTS = List.of("V1__host_tables.sql", "V2__store_state.sql");

    static final String VERSION_TABLE = "schema_version";
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");
    private static final String UNIQUE_VIOLATION = "23505";

    private Schema() {
    }

    /**
     * Brings the database up to the newest version.
     *
     * @return the scripts applied now, in order; empty when the schema was up to date
     * @throws SQLException when a script fails (its transaction is rolled back)
     * @throws IllegalStateException when an applied script was changed afterwards
     */
    public static List<String> migrate(DataSource dataSource) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER NOT NULL PRIMARY KEY,"
                        + " script VARCHAR(255) NOT NULL, checksum BIGINT NOT NULL,"
                        + " applied_at TIMESTAMP(6) WITH TIME ZONE NOT NULL)");
            }
            Map<Integer, Long> checksums = appliedChecksums(connection);
            for (int i = 0; i < SCRIPTS.size(); i++) {
                String script = SCRIPTS.get(i);
                int version = version(script, i + 1);
                String text = read(script);
                long checksum = checksum(text);
                Long recorded = checksums.get(version);
                if (recorded == null) {
                    if (apply(connection, version, script, text, checksum)) {
                        applied.add(script);
                    }
                } else if (recorded != checksum) {
                    throw new IllegalStateException("Schema: " + script + " was changed after it was applied to this"
                            + " database (checksum " + checksum + ", recorded " + recorded
                            + "); put changes into a new script V" + (SCRIPTS.size() + 1) + "__*.sql instead");
                }
            }
        }
        return applied;
    }

    /** Applies one script; false when another process applied the same version meanwhile. */
    private static boolean apply(Connection connection, int version, String script, String text, long checksum)
            throws SQLException {
        connection.setAutoCommit(false);
        boolean recording = false;
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(text)) {
                    statement.execute(sql);
                }
            }
            // The version row goes last: H2 commits DDL as it goes, so a row written first would
            // mark a script applied that failed half-way. A second process migrating at the same
            // time fails on its primary key, and its transaction is rolled back.
            recording = true;
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + VERSION_TABLE
                    + " (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.setLong(3, checksum);
                insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (recording && UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw new SQLException("Schema: " + script + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Map<Integer, Long> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, Long> checksums = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + VERSION_TABLE)) {
            while (rows.next()) {
                checksums.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return checksums;
    }

    static int version(String script, int expected) {
        Matcher m = SCRIPT_NAME.matcher(script);
        if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
            throw new IllegalStateException("Schema: script " + script + " should be named V" + expected + "__<words>.sql");
        }
        return expected;
    }

    static List<String> statements(String text) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.isEmpty()) {
            throw new IllegalStateException("Schema: the last statement does not end with ';': " + current);
        }
        return statements;
    }

    private static String read(String script) {
        try (InputStream in = Schema.class.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException("Schema: script " + script + " is missing from the bundle");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Schema: cannot read " + script, e);
        }
    }

    private static long checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
