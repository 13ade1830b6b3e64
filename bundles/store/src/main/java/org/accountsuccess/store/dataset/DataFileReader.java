package org.accountsuccess.store.dataset;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.api.dataset.RowError;

/**
 * Reads the rows of one data file and checks every value against its column (type, required)
 * and the file's row rule; each problem goes to the {@link RowErrors} with file, line, column,
 * value and reason. References and duplicate keys need the other rows and are checked by the
 * caller. Columns may come in any order; unknown columns are ignored (see {@link #unknownColumns()}).
 */
final class DataFileReader implements Closeable {
    private final DataFile file;
    private final CsvReader csv;
    private final RowErrors errors;
    private final String baseCurrency;
    /** For each column of the file definition, its position in the file, or -1 when the file lacks it. */
    private final int[] positions;
    private final List<String> unknownColumns = new ArrayList<>();
    private int headerSize;
    private boolean readable = true;

    DataFileReader(DataFile file, InputStream in, RowErrors errors, String baseCurrency) throws IOException {
        this.file = file;
        this.errors = errors;
        this.baseCurrency = baseCurrency;
        this.positions = new int[file.columns().size()];
        this.csv = new CsvReader(in);
        readHeader();
    }

    private void readHeader() throws IOException {
        CsvReader.Line header = nextLine();
        if (header == null) {
            if (readable) {
                fileError(1, null, "has no header row");
            }
            return;
        }
        headerSize = header.fields().size();
        Map<String, Integer> byName = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            if (byName.putIfAbsent(name, i) != null && reported.add(name)) {
                fileError(header.number(), name, "the column appears more than once in the header");
            }
        }
        for (int i = 0; i < positions.length; i++) {
            Column column = file.columns().get(i);
            positions[i] = byName.getOrDefault(column.name(), -1);
            if (positions[i] < 0 && column.required()) {
                fileError(header.number(), column.name(), "the required column is missing from the header");
            }
        }
        byName.keySet().stream().filter(name -> file.index(name) < 0).sorted().forEach(unknownColumns::add);
    }

    /**
     * False when the header is unusable or the CSV is malformed; the rows (or the rest of them)
     * are then not checked, and the file's keys are incomplete.
     */
    boolean readable() {
        return readable;
    }

    /** Header names that are not columns of the format, sorted; ignored on import. */
    List<String> unknownColumns() {
        return unknownColumns;
    }

    /** True when the file has {@code column}; a column it lacks keeps its stored value in a merge. */
    boolean has(int column) {
        return positions[column] >= 0;
    }

    /** The next row, or {@code null} at the end (or when the file is not readable). */
    DataRow next() throws IOException {
        if (!readable) {
            return null;
        }
        CsvReader.Line line = nextLine();
        if (line == null) {
            return null;
        }
        Object[] values = new Object[positions.length];
        if (line.fields().size() != headerSize) {
            errors.add(new RowError(file.name(), line.number(), null, null, "the row has " + line.fields().size()
                    + " fields, the header has " + headerSize));
            return new DataRow(file, line.number(), values);
        }
        for (int i = 0; i < positions.length; i++) {
            Column column = file.columns().get(i);
            String text = positions[i] < 0 ? null : line.fields().get(positions[i]);
            try {
                values[i] = column.read(text);
            } catch (IllegalArgumentException e) {
                errors.add(new RowError(file.name(), line.number(), column.name(), text, e.getMessage()));
            }
        }
        DataRow row = new DataRow(file, line.number(), values);
        file.rule().check(row, baseCurrency, (column, reason) -> errors.add(new RowError(file.name(),
                line.number(), column, format(row, column), reason)));
        return row;
    }

    private static String format(DataRow row, String column) {
        return row.file().column(column).type().format(row.get(column));
    }

    private CsvReader.Line nextLine() throws IOException {
        try {
            return csv.next();
        } catch (CsvReader.SyntaxException e) {
            fileError(e.line(), null, e.getMessage());
            return null;
        }
    }

    private void fileError(long line, String column, String reason) {
        readable = false;
        errors.add(new RowError(file.name(), line, column, null, reason));
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
