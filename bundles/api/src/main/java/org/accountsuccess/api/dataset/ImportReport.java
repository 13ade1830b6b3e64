package org.accountsuccess.api.dataset;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The outcome of an accepted import.
 *
 * @param mode merge or replace
 * @param files one entry per file read, in import order
 * @param warnings things that did not stop the import, such as unknown columns (reported once per file)
 * @param millis how long the import took, checking and writing, in milliseconds; 0 when not measured
 */
public record ImportReport(ImportMode mode, List<FileReport> files, List<String> warnings, long millis) {
    public ImportReport {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
        if (millis < 0) {
            throw new IllegalArgumentException("ImportReport: millis = " + millis + " is negative");
        }
    }

    /** A report without a measured time (as before version 1.1 of this package). */
    public ImportReport(ImportMode mode, List<FileReport> files, List<String> warnings) {
        this(mode, files, warnings, 0);
    }

    /** The data rows of every file. */
    public long rows() {
        return files.stream().mapToLong(FileReport::rows).sum();
    }

    /** Rows per second over the whole import; empty when the time was not measured. */
    public OptionalDouble rowsPerSecond() {
        return millis == 0 ? OptionalDouble.empty() : OptionalDouble.of(rows() * 1000.0 / millis);
    }
}
