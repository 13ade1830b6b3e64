package org.accountsuccess.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.sql.DataSource;

import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.host.spi.HostUnavailableException;

/**
 * A query answered as a lazy stream: rows are fetched {@value #FETCH_SIZE} at a time while the
 * stream is consumed, and closing the stream releases the result set, the statement and the
 * connection. The query runs in a read-only transaction of its own, because PostgreSQL fetches
 * in batches only inside a transaction (with auto-commit it reads the whole result at once).
 */
public final class ResultStream {
    public static final int FETCH_SIZE = 1000;

    private ResultStream() {
    }

    /** Runs {@code sql} with {@code params} (bound by {@link SqlValue#of}) and streams the mapped rows. */
    public static <T> Stream<T> open(DataSource dataSource, String sql, List<?> params, RowMapper<T> mapper) {
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = connect(dataSource);
            connection.setAutoCommit(false);
            statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            Dialect dialect = Dialect.of(connection);
            for (int i = 0; i < params.size(); i++) {
                SqlValue.of(params.get(i)).bind(dialect, statement, i + 1, params.get(i));
            }
            ResultSet rows = statement.executeQuery();
            Cursor<T> cursor = new Cursor<>(connection, statement, rows, mapper, sql);
            return StreamSupport.stream(cursor, false).onClose(cursor::release);
        } catch (HostUnavailableException e) {
            throw e;
        } catch (SQLException | RuntimeException e) {
            StoreException failure = new StoreException("query failed: " + sql + ": " + e.getMessage(), e);
            release(connection, statement, null, failure);
            throw failure;
        }
    }

    /**
     * A connection, or {@link HostUnavailableException} (answered 503) when the pool had none free
     * within its {@code connectionTimeout}: a busy store, not a broken one.
     */
    private static Connection connect(DataSource dataSource) throws SQLException {
        try {
            return dataSource.getConnection();
        } catch (SQLTransientConnectionException e) {
            throw new HostUnavailableException("the standalone store has no free database connection: "
                    + e.getMessage());
        }
    }

    private static final class Cursor<T> extends Spliterators.AbstractSpliterator<T> {
        private final Connection connection;
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final RowMapper<T> mapper;
        private final String sql;

        Cursor(Connection connection, PreparedStatement statement, ResultSet rows, RowMapper<T> mapper, String sql) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.connection = connection;
            this.statement = statement;
            this.rows = rows;
            this.mapper = mapper;
            this.sql = sql;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            try {
                if (!rows.next()) {
                    return false;
                }
                action.accept(mapper.map(rows));
                return true;
            } catch (SQLException e) {
                throw new StoreException("reading rows failed: " + sql + ": " + e.getMessage(), e);
            }
        }

        void release() {
            StoreException failure = new StoreException("closing the query failed: " + sql, null);
            ResultStream.release(connection, statement, rows, failure);
            if (failure.getSuppressed().length > 0) {
                throw failure;
            }
        }
    }

    /** Closes what is open, ending the read-only transaction; problems are added to {@code failure}. */
    private static void release(Connection connection, PreparedStatement statement, ResultSet rows,
            Exception failure) {
        for (AutoCloseable resource : new AutoCloseable[] {rows, statement}) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }
        if (connection != null) {
            try (connection) {
                connection.rollback();
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
