package org.accountsuccess.api.revenue;

/** The length of a cohort's periods: accounts are grouped by the month or quarter of their first MRR. */
public enum CohortGrain {
    MONTH, QUARTER
}
