package org.accountsuccess.api.matrix;

/** The value axis of the success matrix. */
public enum MatrixMeasure {
    /** ARR on the as-of day. */
    ARR,
    /** The sum of the host's monthly margin over the 12 months up to the as-of day's month. */
    MARGIN
}
