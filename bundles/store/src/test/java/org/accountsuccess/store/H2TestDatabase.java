package org.accountsuccess.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** H2 in file mode, in a temporary folder; stays open between connections until {@link #shutdown()}. */
final class H2TestDatabase implements TestDatabase {
    private final String url;

    H2TestDatabase(Path folder) {
        this.url = "jdbc:h2:file:" + folder.resolve("store").toAbsolutePath() + ";DB_CLOSE_DELAY=-1";
    }

    @Override
    public DataSource open() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    public void shutdown() throws SQLException {
        try (Connection connection = open().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    @Override
    public void close() throws SQLException {
        shutdown();
    }

    @Override
    public String plan(Connection connection, String sql, List<Object> params) throws SQLException {
        return TestDatabase.explain(connection, "EXPLAIN " + sql, params);
    }

    @Override
    public boolean scansWholeTable(String plan) {
        return plan.contains("tableScan");
    }

    /** Such as {@code /* PUBLIC.CONTACTS_ACCOUNT: ACCOUNT_ID = ?1 *}{@code /}. */
    @Override
    public boolean seeks(String plan, String column) {
        return Pattern.compile("/\\* PUBLIC\\.\\w+: [^*]*\\b" + column.toUpperCase(Locale.ROOT) + " = ").matcher(plan).find();
    }

    @Override
    public String toString() {
        return "H2 " + url;
    }
}
