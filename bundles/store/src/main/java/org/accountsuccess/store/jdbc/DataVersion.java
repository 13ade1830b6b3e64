package org.accountsuccess.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The version of the store's data: the one row of the table {@code store_state} (schema V2). An
 * import {@linkplain #lockForImport locks} the row first and, when it changed rows (a replace
 * always counts), {@linkplain #raise raises} the number last, both in its own transaction: the
 * number changes when committed data does, and imports from several nodes over one database run
 * one after the other.
 */
public final class DataVersion {
    private static final String READ = "SELECT data_version FROM store_state WHERE id = 1";
    private static final String MISSING = "store_state: the row with id 1 is missing; the schema is not at V2";

    private DataVersion() {
    }

    /** The current number; one primary-key read. */
    public static long read(Connection connection) throws SQLException {
        return single(connection, READ);
    }

    /**
     * Waits for other imports to end and keeps them waiting until this transaction ends. A write of
     * the row (not {@code SELECT ... FOR UPDATE}, which SQLite lacks) locks it on every database;
     * on SQLite it takes the database's write lock at the start, so the import cannot fail later
     * on a write lock another connection took meanwhile.
     */
    public static long lockForImport(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE store_state SET data_version = data_version WHERE id = 1")) {
            if (update.executeUpdate() != 1) {
                throw new SQLException(MISSING);
            }
        }
        return read(connection);
    }

    /** Raises the number inside the caller's transaction (which holds the lock). */
    public static void raise(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE store_state SET data_version = data_version + 1 WHERE id = 1")) {
            if (update.executeUpdate() != 1) {
                throw new SQLException(MISSING);
            }
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql); ResultSet row = select.executeQuery()) {
            if (!row.next()) {
                throw new SQLException(MISSING);
            }
            return row.getLong(1);
        }
    }
}
