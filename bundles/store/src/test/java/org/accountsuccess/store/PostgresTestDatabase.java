package org.accountsuccess.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh schema in the PostgreSQL database named by the environment variables
 * {@value #URL} (a JDBC URL), {@value #USER} and {@value #PASSWORD}; dropped after the test, so
 * the database is left as it was.
 */
final class PostgresTestDatabase implements TestDatabase {
    static final String URL = "ACCOUNTSUCCESS_PG_URL";
    static final String USER = "ACCOUNTSUCCESS_PG_USER";
    static final String PASSWORD = "ACCOUNTSUCCESS_PG_PASSWORD";
    static final String SKIPPED = "PostgreSQL variant skipped: set " + URL + " (such as"
            + " jdbc:postgresql://localhost:5432/accountsuccess), " + USER + " and " + PASSWORD + " to run it";

    private final String schema = "store_test_" + UUID.randomUUID().toString().replace("-", "");

    PostgresTestDatabase() throws SQLException {
        try (Connection connection = server().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    private static PGSimpleDataSource server() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(Objects.requireNonNull(System.getenv(URL), URL));
        dataSource.setUser(System.getenv(USER));
        dataSource.setPassword(System.getenv(PASSWORD));
        dataSource.setReWriteBatchedInserts(true); // as the shipped configuration recommends
        return dataSource;
    }

    @Override
    public DataSource open() {
        PGSimpleDataSource dataSource = server();
        dataSource.setCurrentSchema(schema);
        return dataSource;
    }

    @Override
    public void shutdown() {
        // every connection was closed; a new DataSource reconnects like a restarted application
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = server().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Override
    public String plan(Connection connection, String sql, List<Object> params) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET enable_seqscan = off"); // a sequential scan then means no index can serve
        }
        return TestDatabase.explain(connection, "EXPLAIN " + sql, params);
    }

    @Override
    public boolean scansWholeTable(String plan) {
        return plan.contains("Seq Scan");
    }

    /** Such as {@code Index Cond: ((account_id)::text = 'a-1'::text)}. */
    @Override
    public boolean seeks(String plan, String column) {
        return Pattern.compile("Index Cond: .*\\(" + column + "\\)::text = ").matcher(plan).find();
    }

    @Override
    public String toString() {
        return "PostgreSQL schema " + schema;
    }
}
