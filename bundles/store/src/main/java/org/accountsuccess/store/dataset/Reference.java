package org.accountsuccess.store.dataset;

/**
 * A column whose values must name a row of another file (or of the same file), by its key.
 *
 * @param column such as {@code account_id} in contacts.csv
 * @param file the file the value must resolve to, such as {@code accounts.csv}
 */
record Reference(String column, String file) {
}
