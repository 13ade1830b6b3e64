package org.accountsuccess.store.dataset;

/**
 * One column of a data file; its name is the same in the file and in the table.
 *
 * @param name such as {@code account_id}
 * @param type how its text is read and stored
 * @param required {@code *} in data-format.md: the column must be there and every row must have a value
 * @param whenBlank the value of a blank or missing field of an optional column ({@code null}: none)
 */
record Column(String name, ColumnType type, boolean required, Object whenBlank) {
    /** What the reader makes of bytes that are not UTF-8. */
    private static final char NOT_DECODED = '\uFFFD';

    static Column required(String name, ColumnType type) {
        return new Column(name, type, true, null);
    }

    static Column optional(String name, ColumnType type) {
        return new Column(name, type, false, null);
    }

    static Column optional(String name, ColumnType type, Object whenBlank) {
        return new Column(name, type, false, whenBlank);
    }

    /** The value of a field as read from the file; throws naming the rule the text breaks. */
    Object read(String text) {
        if (text == null || text.isBlank()) {
            if (required) {
                throw new IllegalArgumentException("is required");
            }
            return whenBlank;
        }
        if (text.indexOf(NOT_DECODED) >= 0) {
            throw new IllegalArgumentException("holds bytes that are not UTF-8 (is the file saved in another encoding?)");
        }
        return type.parse(text);
    }
}
