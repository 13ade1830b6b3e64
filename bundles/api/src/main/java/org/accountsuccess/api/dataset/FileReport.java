package org.accountsuccess.api.dataset;

/**
 * What an import or export did with one file.
 *
 * @param file the file name, such as {@code accounts.csv}
 * @param rows data rows read or written
 * @param inserted rows with a new id (import)
 * @param updated rows with a known id and a changed value (import)
 * @param unchanged rows identical to what was stored (import)
 */
public record FileReport(String file, long rows, long inserted, long updated, long unchanged) {
}
