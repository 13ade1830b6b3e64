package org.accountsuccess.api.dataset;

import org.osgi.annotation.versioning.ConsumerType;

/** Told how far a long import has come, so a console or a page can show it. */
@ConsumerType
@FunctionalInterface
public interface ImportProgress {
    /** Reports nothing. */
    ImportProgress NONE = (phase, file, rows) -> {
    };

    /**
     * @param phase {@code "checking"} while the data set is validated, {@code "writing"} while it is stored
     * @param file the file being read
     * @param rows rows of that file done so far
     */
    void rowsDone(String phase, String file, long rows);
}
