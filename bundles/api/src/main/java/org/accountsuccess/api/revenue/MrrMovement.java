package org.accountsuccess.api.revenue;

/** How an account's MRR moved over a period {@code [d0, d1]} (metrics.md section 2). */
public enum MrrMovement {
    /** Nothing on {@code d0} and never before, MRR on {@code d1}. */
    NEW,
    /** More on {@code d1} than on {@code d0}. */
    EXPANSION,
    /** Less on {@code d1} than on {@code d0}, but still paying. */
    CONTRACTION,
    /** MRR on {@code d0}, nothing on {@code d1}. */
    CHURNED,
    /** Nothing on {@code d0}, MRR at some day before it and again on {@code d1}. */
    REACTIVATION
}
