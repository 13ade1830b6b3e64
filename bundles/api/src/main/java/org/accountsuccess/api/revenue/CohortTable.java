package org.accountsuccess.api.revenue;

import java.time.LocalDate;
import java.util.List;

/**
 * Cohorts as a triangle: each cohort's logo retention and NRR at the end of every complete period
 * since its start, up to the as-of day.
 *
 * @param grain months or quarters
 * @param from the first day a cohort may start (the start of its period)
 * @param asOf the last day measured
 * @param currency the base currency
 * @param cohorts oldest first; a period without a new account has no cohort
 */
public record CohortTable(CohortGrain grain, LocalDate from, LocalDate asOf, String currency, List<Cohort> cohorts) {
    public CohortTable {
        cohorts = List.copyOf(cohorts);
    }
}
