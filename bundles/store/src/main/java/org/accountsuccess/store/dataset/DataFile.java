package org.accountsuccess.store.dataset;

import java.util.List;

/**
 * One file of a data set and the table that stores it (data-format.md).
 *
 * @param name the file name, such as {@code accounts.csv}
 * @param table the table, such as {@code accounts}
 * @param noun what one row is, for messages: {@code account}
 * @param columns every column the format defines, in the order of the export
 * @param key the columns whose values are unique per file (the id, or account and period for revenue)
 * @param references the columns that must resolve to rows of other files
 * @param rule the checks that span several columns of a row
 */
record DataFile(String name, String table, String noun, List<Column> columns, List<String> key,
        List<Reference> references, RowRule rule) {

    DataFile {
        columns = List.copyOf(columns);
        key = List.copyOf(key);
        references = List.copyOf(references);
    }

    /** The names of every column, comma-separated, as an INSERT or COPY lists them. */
    String columnList() {
        return String.join(", ", columns.stream().map(Column::name).toList());
    }

    /** The position of {@code column} in {@link #columns()}, or -1. */
    int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }

    Column column(String name) {
        int index = index(name);
        if (index < 0) {
            throw new IllegalArgumentException(this.name + " has no column " + name);
        }
        return columns.get(index);
    }
}
