package org.accountsuccess.store.dataset;

import java.sql.Connection;
import java.sql.SQLException;

import org.accountsuccess.database.schema.Dialect;
import org.postgresql.PGConnection;

/**
 * Where the new rows of one data file go, inside the import's transaction: batched INSERTs, or on
 * PostgreSQL {@code COPY ... FROM STDIN}, several times faster. Each writes in chunks of its own
 * size; {@link #flush} writes what is pending, before the connection runs anything else.
 */
interface RowInserter extends AutoCloseable {

    /** Adds a row; it may be written now or at the next flush. */
    void add(DataRow row) throws SQLException;

    /** Writes the rows added since the last flush. */
    void flush() throws SQLException;

    @Override
    void close() throws SQLException;

    /** COPY on a PostgreSQL connection (also one a pool wraps), batched INSERTs anywhere else. */
    static RowInserter of(Connection connection, Dialect dialect, DataFile file) throws SQLException {
        if (dialect == Dialect.POSTGRESQL && connection.isWrapperFor(PGConnection.class)) {
            return new CopyInserter(connection.unwrap(PGConnection.class).getCopyAPI(), file);
        }
        return new BatchInserter(connection, dialect, file);
    }
}
