package org.accountsuccess.store.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/**
 * New rows sent to PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)}, every {@value #CHUNK}
 * rows. Every text is quoted, so an empty text stays an empty text and only an unquoted empty field
 * is NULL; the other kinds are written in the form PostgreSQL reads for their column types (plain
 * decimals, ISO dates, ISO-8601 instants, true/false).
 */
final class CopyInserter implements RowInserter {
    static final int CHUNK = 10_000;

    private final CopyManager copy;
    private final DataFile file;
    private final String sql;
    private final StringBuilder csv = new StringBuilder();
    private int pending;

    CopyInserter(CopyManager copy, DataFile file) {
        this.copy = copy;
        this.file = file;
        this.sql = "COPY " + file.table() + " (" + file.columnList() + ") FROM STDIN WITH (FORMAT csv)";
    }

    @Override
    public void add(DataRow row) throws SQLException {
        for (int i = 0; i < file.columns().size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(field(row.get(i)));
        }
        csv.append('\n');
        if (++pending == CHUNK) {
            flush();
        }
    }

    /** One CSV field: nothing for NULL, a quoted text, or the value's own form. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String text) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    @Override
    public void flush() throws SQLException {
        if (pending == 0) {
            return;
        }
        try {
            copy.copyIn(sql, new StringReader(csv.toString()));
        } catch (IOException e) {
            throw new SQLException("COPY into " + file.table() + " failed: " + e.getMessage(), e);
        }
        csv.setLength(0);
        pending = 0;
    }

    @Override
    public void close() {
        csv.setLength(0);
    }
}
