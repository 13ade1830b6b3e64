package org.accountsuccess.store.dataset;

import java.util.ArrayList;
import java.util.List;

import org.accountsuccess.api.dataset.RowError;

/**
 * The bad values found in a data set. Every one is counted; the first {@value #LISTED} are kept
 * with file, line, column, value and reason, so that a file of a million bad rows does not fill
 * the memory with its report.
 */
final class RowErrors {
    static final int LISTED = 10_000;

    private final List<RowError> listed = new ArrayList<>();
    private long count;

    void add(RowError error) {
        count++;
        if (listed.size() < LISTED) {
            listed.add(error);
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    long count() {
        return count;
    }

    /** The errors kept, followed by one saying how many more were found, if any. */
    List<RowError> list() {
        List<RowError> all = new ArrayList<>(listed);
        if (count > listed.size()) {
            all.add(new RowError(listed.get(listed.size() - 1).file(), 0, null, null,
                    (count - listed.size()) + " more errors not listed (" + count + " in all)"));
        }
        return all;
    }
}
