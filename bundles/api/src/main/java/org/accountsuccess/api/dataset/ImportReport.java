package org.accountsuccess.api.dataset;

import java.util.List;

/**
 * The outcome of an accepted import.
 *
 * @param mode merge or replace
 * @param files one entry per file read, in import order
 * @param warnings things that did not stop the import, such as unknown columns (reported once per file)
 */
public record ImportReport(ImportMode mode, List<FileReport> files, List<String> warnings) {
    public ImportReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
