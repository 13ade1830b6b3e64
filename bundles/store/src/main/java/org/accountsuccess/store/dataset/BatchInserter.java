package org.accountsuccess.store.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

import org.accountsuccess.database.schema.Dialect;

/** New rows as a prepared INSERT, executed as a batch every {@value #BATCH} rows. */
final class BatchInserter implements RowInserter {
    static final int BATCH = 500;

    private final PreparedStatement insert;
    private final Dialect dialect;
    private final DataFile file;
    private int pending;

    BatchInserter(Connection connection, Dialect dialect, DataFile file) throws SQLException {
        this.dialect = dialect;
        this.file = file;
        this.insert = connection.prepareStatement("INSERT INTO " + file.table() + " (" + file.columnList()
                + ") VALUES (" + String.join(", ", Collections.nCopies(file.columns().size(), "?")) + ")");
    }

    @Override
    public void add(DataRow row) throws SQLException {
        for (int i = 0; i < file.columns().size(); i++) {
            file.columns().get(i).type().sql().bind(dialect, insert, i + 1, row.get(i));
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    @Override
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
