package org.accountsuccess.api.dataset;

/** How an import treats the data already stored. */
public enum ImportMode {
    /** Rows are keyed by id: a new id is inserted, a known id updated, an unchanged row left alone. */
    MERGE,
    /** The data set replaces everything stored, atomically: a fresh start. */
    REPLACE
}
