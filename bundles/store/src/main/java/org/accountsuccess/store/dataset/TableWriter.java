package org.accountsuccess.store.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import org.accountsuccess.api.dataset.FileReport;
import org.accountsuccess.api.dataset.ImportMode;
import org.accountsuccess.api.dataset.ImportProgress;
import org.accountsuccess.database.schema.Dialect;
import org.accountsuccess.store.jdbc.SqlValue;

/**
 * Writes the rows of one checked data file into its table, in batches, inside the import's
 * transaction; new rows go through a {@link RowInserter} (COPY on PostgreSQL). A replace inserts
 * every row (the tables were emptied). A merge looks up the stored
 * rows of each batch by key: a new key is inserted, a known key whose values differ is updated,
 * and an identical row is left alone. A merge compares and updates only the columns the file has,
 * so a file without, say, a segment column keeps the stored segments.
 */
final class TableWriter {
    static final String PHASE = "writing";
    private static final int BATCH = BatchInserter.BATCH;

    private final Connection connection;
    private final Dialect dialect;
    private final DataFile file;
    private final ImportMode mode;
    private final String baseCurrency;
    private final List<Integer> keyColumns;
    private List<Integer> updatedColumns;
    private long inserted;
    private long updated;
    private long unchanged;

    TableWriter(Connection connection, Dialect dialect, DataFile file, ImportMode mode, String baseCurrency) {
        this.connection = connection;
        this.dialect = dialect;
        this.file = file;
        this.mode = mode;
        this.baseCurrency = baseCurrency;
        this.keyColumns = file.key().stream().map(file::index).toList();
    }

    FileReport write(InputStream in, ImportProgress progress) throws IOException, SQLException {
        RowErrors errors = new RowErrors();
        long rows = 0;
        try (DataFileReader reader = new DataFileReader(file, in, errors, baseCurrency);
                RowInserter insert = RowInserter.of(connection, dialect, file)) {
            updatedColumns = IntStream.range(0, file.columns().size())
                    .filter(i -> reader.has(i) && !keyColumns.contains(i)).boxed().toList();
            List<DataRow> batch = new ArrayList<>(BATCH);
            for (DataRow row = reader.next(); row != null; row = reader.next()) {
                failIfChanged(errors);
                batch.add(row);
                if (batch.size() == BATCH) {
                    writeBatch(batch, insert);
                    batch.clear();
                }
                if (++rows % DataSetCheck.PROGRESS_EVERY == 0) {
                    progress.rowsDone(PHASE, file.name(), rows);
                }
            }
            failIfChanged(errors);
            if (!batch.isEmpty()) {
                writeBatch(batch, insert);
            }
            insert.flush();
        }
        progress.rowsDone(PHASE, file.name(), rows);
        return new FileReport(file.name(), rows, inserted, updated, unchanged);
    }

    /** The file was checked before: an error now means it was changed in between. */
    private void failIfChanged(RowErrors errors) throws IOException {
        if (!errors.isEmpty()) {
            throw new IOException(file.name() + " changed while it was imported: " + errors.list().get(0));
        }
    }

    private void writeBatch(List<DataRow> batch, RowInserter insert) throws SQLException {
        if (mode == ImportMode.REPLACE) {
            for (DataRow row : batch) {
                insert.add(row);
            }
            inserted += batch.size();
            return;
        }
        Map<String, Object[]> stored = stored(batch);
        List<DataRow> changed = new ArrayList<>();
        for (DataRow row : batch) {
            Object[] before = stored.get(row.key());
            if (before == null) {
                insert.add(row);
                inserted++;
            } else if (differs(row, before)) {
                changed.add(row);
            } else {
                unchanged++;
            }
        }
        insert.flush(); // before the next batch's look-up: a COPY in progress holds the connection
        if (!changed.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(updateSql())) {
                List<Integer> columns = new ArrayList<>(updatedColumns);
                columns.addAll(keyColumns);
                for (DataRow row : changed) {
                    bind(update, row, columns);
                    update.addBatch();
                }
                update.executeBatch();
                updated += changed.size();
            }
        }
    }

    private boolean differs(DataRow row, Object[] before) {
        for (int i = 0; i < updatedColumns.size(); i++) {
            if (!Objects.equals(row.get(updatedColumns.get(i)), before[i])) {
                return true;
            }
        }
        return false;
    }

    /** The stored values of the updatable columns of the batch's rows, by key. */
    private Map<String, Object[]> stored(List<DataRow> batch) throws SQLException {
        List<Integer> columns = new ArrayList<>(keyColumns);
        columns.addAll(updatedColumns);
        String keyTuple = keyColumns.size() == 1 ? "?" : "(" + String.join(", ", Collections.nCopies(keyColumns.size(), "?")) + ")";
        String sql = "SELECT " + names(columns) + " FROM " + file.table() + " WHERE "
                + (keyColumns.size() == 1 ? names(keyColumns) : "(" + names(keyColumns) + ")")
                + " IN (" + String.join(", ", Collections.nCopies(batch.size(), keyTuple)) + ")";
        Map<String, Object[]> stored = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            for (DataRow row : batch) {
                for (int column : keyColumns) {
                    sqlValue(column).bind(dialect, select, parameter++, row.get(column));
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    List<Object> key = new ArrayList<>();
                    for (int i = 0; i < keyColumns.size(); i++) {
                        key.add(sqlValue(keyColumns.get(i)).read(rows, i + 1));
                    }
                    Object[] values = new Object[updatedColumns.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = sqlValue(updatedColumns.get(i)).read(rows, keyColumns.size() + i + 1);
                    }
                    stored.put(DataRow.key(file, key), values);
                }
            }
        }
        return stored;
    }

    private void bind(PreparedStatement statement, DataRow row, List<Integer> columns) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            sqlValue(columns.get(i)).bind(dialect, statement, i + 1, row.get(columns.get(i)));
        }
    }

    private SqlValue sqlValue(int column) {
        return file.columns().get(column).type().sql();
    }

    private String updateSql() {
        return "UPDATE " + file.table() + " SET " + String.join(", ", updatedColumns.stream()
                .map(i -> file.columns().get(i).name() + " = ?").toList()) + " WHERE " + String.join(" AND ",
                keyColumns.stream().map(i -> file.columns().get(i).name() + " = ?").toList());
    }

    private String names(List<Integer> columns) {
        return String.join(", ", columns.stream().map(i -> file.columns().get(i).name()).toList());
    }
}
