package org.accountsuccess.api.dataset;

/**
 * One bad value of a data set.
 *
 * @param file the file, such as {@code contacts.csv}
 * @param line the line in the file, 1 being the header; 0 when the error concerns the whole file
 * @param column the column, or {@code null} when the error concerns the whole row or file
 * @param value the offending value as read, or {@code null}
 * @param reason what is wrong, in words
 */
public record RowError(String file, long line, String column, String value, String reason) {
    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (column != null ? " column " + column : "")
                + (value != null ? " value '" + value + "'" : "") + ": " + reason;
    }
}
