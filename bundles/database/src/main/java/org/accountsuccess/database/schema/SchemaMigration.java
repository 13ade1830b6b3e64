package org.accountsuccess.database.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.sql.DataSource;

/**
 * The tables of one bundle, created and migrated by the bundle itself. The scripts
 * {@code V1__*.sql}, {@code V2__*.sql}, ... are read next to the anchor class (so from the
 * anchor's bundle) and applied in order; each runs in one transaction together with its row in the
 * bundle's own history table, so a restart applies only what is new. An applied script must never
 * change: its checksum is recorded, and a changed script stops the start with a message naming it
 * (add a new version instead).
 *
 * <p>Several nodes may start on one database at the same time: a script that fails while another
 * node applies the same version counts as applied when its row is there afterwards.
 *
 * <p>Script syntax: a statement ends with {@code ;} at the end of a line; lines starting with
 * {@code --} are comments. H2 commits DDL as it goes, so on H2 a script is not atomic: write every
 * statement so that it can run again ({@code IF NOT EXISTS}). On SQLite a script of the same name
 * under {@code sqlite/} next to the anchor applies instead of the portable one, where there is one
 * ({@link Dialect}).
 */
public final class SchemaMigration {
    private static final Pattern SCRIPT_NAME = Pattern.compile("V(\\d+)__\\w+\\.sql");
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

    private final String historyTable;
    private final Class<?> anchor;
    private final List<String> scripts;

    /**
     * @param historyTable the table that records the applied versions (lower case, letters, digits, {@code _})
     * @param anchor the class the scripts are found next to ({@link Class#getResourceAsStream})
     * @param scripts the scripts in the order they apply; a new version appends its file
     */
    public SchemaMigration(String historyTable, Class<?> anchor, List<String> scripts) {
        if (!TABLE_NAME.matcher(historyTable).matches()) {
            throw new IllegalArgumentException("history table '" + historyTable + "': lower case letters, digits, _");
        }
        this.historyTable = historyTable;
        this.anchor = anchor;
        this.scripts = List.copyOf(scripts);
        for (int i = 0; i < this.scripts.size(); i++) {
            version(this.scripts.get(i), i + 1);
        }
    }

    /**
     * Brings the database up to the newest version.
     *
     * @return the scripts applied now, in order; empty when the schema was up to date
     * @throws SQLException when a script fails (its transaction is rolled back)
     * @throws IllegalStateException when an applied script was changed afterwards
     */
    public List<String> migrate(DataSource dataSource) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            Dialect dialect = Dialect.of(connection);
            createHistory(connection, dialect);
            Map<Integer, Long> checksums = appliedChecksums(connection);
            for (int i = 0; i < scripts.size(); i++) {
                String script = scripts.get(i);
                int version = i + 1;
                String text = read(dialect, script);
                long checksum = checksum(text);
                Long recorded = checksums.get(version);
                if (recorded == null) {
                    if (apply(connection, dialect, version, script, text, checksum)) {
                        applied.add(script);
                    }
                } else if (recorded != checksum) {
                    throw new IllegalStateException(historyTable + ": " + script + " was changed after it was applied"
                            + " to this database (checksum " + checksum + ", recorded " + recorded
                            + "); put changes into a new script V" + (scripts.size() + 1) + "__*.sql instead");
                }
            }
        }
        return applied;
    }

    private void createHistory(Connection connection, Dialect dialect) throws SQLException {
        String ddl = "CREATE TABLE IF NOT EXISTS " + historyTable + " (version INTEGER NOT NULL PRIMARY KEY,"
                + " script VARCHAR(255) NOT NULL, checksum BIGINT NOT NULL,"
                + " applied_at " + dialect.timestampType() + " NOT NULL)";
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
        } catch (SQLException raced) {
            // PostgreSQL: two nodes creating the same table at once, one fails; it is there now
            try (Statement statement = connection.createStatement()) {
                statement.execute(ddl);
            }
        }
    }

    /** Applies one script; false when another process applied the same version meanwhile. */
    private boolean apply(Connection connection, Dialect dialect, int version, String script, String text,
            long checksum)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(text)) {
                    statement.execute(sql);
                }
            }
            // The version row goes last: H2 commits DDL as it goes, so a row written first would
            // mark a script applied that failed half-way.
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + historyTable
                    + " (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, version);
                insert.setString(2, script);
                insert.setLong(3, checksum);
                dialect.setTimestamp(insert, 4, Instant.now());
                insert.executeUpdate();
            }
            connection.commit();
            return true;
        } catch (SQLException e) {
            connection.rollback();
            connection.setAutoCommit(true);
            if (Dialect.isDuplicateKey(e) || appliedChecksums(connection).containsKey(version)) {
                return false;
            }
            throw new SQLException(historyTable + ": " + script + " failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private Map<Integer, Long> appliedChecksums(Connection connection) throws SQLException {
        Map<Integer, Long> checksums = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM " + historyTable)) {
            while (rows.next()) {
                checksums.put(rows.getInt(1), rows.getLong(2));
            }
        }
        return checksums;
    }

    /** The version in a script's name, which must be {@code expected}. */
    public static int version(String script, int expected) {
        Matcher m = SCRIPT_NAME.matcher(script);
        if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
            throw new IllegalStateException("schema: script " + script + " should be named V" + expected
                    + "__<words>.sql");
        }
        return expected;
    }

    /** The statements of a script, without comments and without their final {@code ;}. */
    public static List<String> statements(String text) {
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
            throw new IllegalStateException("schema: the last statement does not end with ';': " + current);
        }
        return statements;
    }

    /** The dialect's own version of the script if it has one, else the portable script. */
    private String read(Dialect dialect, String script) {
        String own = dialect.script(script);
        if (!own.equals(script) && anchor.getResource(own) != null) {
            script = own;
        }
        try (InputStream in = anchor.getResourceAsStream(script)) {
            if (in == null) {
                throw new IllegalStateException(historyTable + ": script " + script + " is missing next to "
                        + anchor.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(historyTable + ": cannot read " + script, e);
        }
    }

    private static long checksum(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
