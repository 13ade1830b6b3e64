package org.accountsuccess.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/** SQLite in a temporary folder, opened as the shipped configuration opens it. */
final class SqliteTestDatabase implements TestDatabase {
    private final String url;

    SqliteTestDatabase(Path folder) {
        this.url = ShippedDataSource.url(folder);
    }

    @Override
    public DataSource open() {
        return ShippedDataSource.open(url);
    }

    /** SQLite keeps nothing open between connections: every connection closed is a shutdown. */
    @Override
    public void shutdown() {
    }

    @Override
    public void close() {
    }

    /** The detail column of {@code EXPLAIN QUERY PLAN}, one line per step. */
    @Override
    public String plan(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString("detail")).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** Such as {@code SCAN activities}; a search or a scan of an index is not one. */
    @Override
    public boolean scansWholeTable(String plan) {
        return Pattern.compile("(?m)^SCAN \\w+$").matcher(plan).find();
    }

    /** Such as {@code SEARCH contacts USING INDEX contacts_account (account_id=?)}. */
    @Override
    public boolean seeks(String plan, String column) {
        return Pattern.compile("SEARCH \\w+ USING .*\\(.*\\b" + column + "=\\?").matcher(plan).find();
    }

    @Override
    public String toString() {
        return "SQLite " + url;
    }
}
