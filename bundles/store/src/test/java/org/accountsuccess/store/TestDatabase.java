package org.accountsuccess.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

/** A database the store tests run on: a fresh, empty one per test. */
interface TestDatabase extends AutoCloseable {

    /** A new pool-less DataSource on the database (as after a restart of the application). */
    DataSource open();

    /** Closes the database as a shutdown would; {@link #open()} opens it again. */
    void shutdown() throws SQLException;

    /** Drops what the test created. */
    @Override
    void close() throws SQLException;

    /** The query plan of {@code sql} with {@code params}, as the database explains it. */
    String plan(Connection connection, String sql, List<Object> params) throws SQLException;

    /** True when {@code plan} reads a whole table rather than going through an index. */
    boolean scansWholeTable(String plan);

    /** True when {@code plan} looks rows up through an index by an equality on {@code column}. */
    boolean seeks(String plan, String column);

    /** The rows of {@code EXPLAIN sql}, one line each. */
    static String explain(Connection connection, String explain, List<Object> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(explain)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            }
            return plan.toString();
        }
    }
}
