package org.accountsuccess.api.revenue;

import java.time.LocalDate;
import java.util.List;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.osgi.annotation.versioning.ProviderType;

/** Cohorts of accounts by the period of their first MRR. */
@ProviderType
public interface CohortService {

    /** The cohorts starting from the period holding {@code from}, measured up to {@code asOf}. */
    CohortTable cohorts(LocalDate from, LocalDate asOf, CohortGrain grain, AccountFilter filter);

    /**
     * The same, one table per group of {@code dimension} (segment, tier or owner; the loyalty class
     * changes over a cohort's life and is refused with an {@link IllegalArgumentException}).
     */
    List<Cut<CohortTable>> cohortsBy(LocalDate from, LocalDate asOf, CohortGrain grain, AccountFilter filter,
            AccountDimension dimension);
}
