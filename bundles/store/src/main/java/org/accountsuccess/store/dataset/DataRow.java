package org.accountsuccess.store.dataset;

import java.util.List;

/** One row of a data file with its values parsed; a value that failed its check is {@code null}. */
final class DataRow {
    /** Separates the parts of a composite key; cannot occur in a checked value. */
    private static final String KEY_SEPARATOR = "\u0000";

    private final DataFile file;
    private final long line;
    private final Object[] values;

    DataRow(DataFile file, long line, Object[] values) {
        this.file = file;
        this.line = line;
        this.values = values;
    }

    DataFile file() {
        return file;
    }

    /** The line the row starts on, the header being line 1. */
    long line() {
        return line;
    }

    Object get(int index) {
        return values[index];
    }

    Object get(String column) {
        return values[file.index(column)];
    }

    /** The row's key as one string, or {@code null} when a key value is missing. */
    String key() {
        return key(file, file.key().stream().map(this::get).toList());
    }

    /** The key made of {@code values} of the key columns of {@code file}, in order. */
    static String key(DataFile file, List<Object> values) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value == null) {
                return null;
            }
            if (i > 0) {
                key.append(KEY_SEPARATOR);
            }
            key.append(file.column(file.key().get(i)).type().format(value));
        }
        return key.toString();
    }
}
