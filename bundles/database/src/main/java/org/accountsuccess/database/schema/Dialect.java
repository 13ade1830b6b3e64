package org.accountsuccess.database.schema;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

/**
 * The databases the product keeps its tables in, and the little they do differently. The SQL of
 * the product is portable where it can be; what is not lives here. SQLite has no timestamp type:
 * it keeps a timestamp as an integer, microseconds since 1970-01-01 UTC (the precision the other
 * two keep), so that order and comparisons with a bound timestamp work as on the others, in at
 * most 8 bytes instead of 27 as text.
 */
public enum Dialect {
    /** Embedded H2 2.x (the default up to 0.1): portable scripts. */
    H2(""),
    /** PostgreSQL 15: portable scripts. */
    POSTGRESQL(""),
    /** Embedded SQLite 3 (the default): scripts of its own under {@code sqlite/}. */
    SQLITE("sqlite/");


    private static final int SQLITE_CONSTRAINT = 19;

    private final String scriptFolder;

    Dialect(String scriptFolder) {
        this.scriptFolder = scriptFolder;
    }

    /** The dialect of the database {@code connection} is connected to. */
    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        return switch (product) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            case "SQLite" -> SQLITE;
            default -> throw new SQLException("unsupported database '" + product
                    + "': the product runs on SQLite, H2 or PostgreSQL");
        };
    }

    /** The dialect of the database behind {@code dataSource} (opens one connection). */
    public static Dialect of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection);
        }
    }

    /** Where a migration script of this dialect is, relative to the anchor class. */
    String script(String name) {
        return scriptFolder + name;
    }

    /** The column type of a timestamp with its zone, as the scripts of this dialect declare it. */
    public String timestampType() {
        return this == SQLITE ? "INTEGER" : "TIMESTAMP(6) WITH TIME ZONE";
    }

    /** A query of one row and column: the database's current time (read it with {@link #timestamp}). */
    public String currentTimestampQuery() {
        return this == SQLITE ? "SELECT CAST(ROUND((julianday('now') - 2440587.5) * 86400000) AS INTEGER) * 1000"
                : "SELECT CURRENT_TIMESTAMP";
    }

    /** Binds {@code value} (not null) to parameter {@code index} as a timestamp with its zone. */
    public void setTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (this == SQLITE) {
            statement.setLong(index, ChronoUnit.MICROS.between(Instant.EPOCH, value));
        } else {
            statement.setObject(index, value.atOffset(ZoneOffset.UTC));
        }
    }

    /**
     * True when {@code e}, or an exception chained to it (PostgreSQL reports a batch's failure as
     * its next exception), is a duplicate primary or unique key: SQLSTATE 23505, or SQLite's
     * UNIQUE constraint (SQLite gives no SQLSTATE).
     */
    public static boolean isDuplicateKey(SQLException e) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            String message = String.valueOf(next.getMessage());
            if ("23505".equals(next.getSQLState())
                    || next.getErrorCode() == SQLITE_CONSTRAINT && message.contains("UNIQUE constraint failed")) {
                return true;
            }
        }
        return false;
    }

    /** Reads a timestamp column on any dialect; {@code null} for SQL NULL. */
    public static Instant timestamp(ResultSet row, int column) throws SQLException {
        Object value = row.getObject(column);
        if (value == null) {
            return null;
        }
        return value instanceof Number micros ? Instant.EPOCH.plus(micros.longValue(), ChronoUnit.MICROS)
                : row.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** Reads a timestamp column by name on any dialect; {@code null} for SQL NULL. */
    public static Instant timestamp(ResultSet row, String column) throws SQLException {
        return timestamp(row, row.findColumn(column));
    }
}
