package org.accountsuccess.api.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The accounts whose first MRR falls in one month or quarter, and what they kept since.
 *
 * @param key {@code 2026-03} for a month, {@code 2026-Q1} for a quarter
 * @param firstDay the first day of the start period
 * @param accounts the accounts in the cohort
 * @param startMrr the sum of each account's MRR on its first day of MRR
 * @param periods one entry per complete period since start, the start period first: a row of the triangle
 */
public record Cohort(String key, LocalDate firstDay, int accounts, BigDecimal startMrr, List<CohortPeriod> periods) {
    public Cohort {
        periods = List.copyOf(periods);
    }
}
