package org.accountsuccess.api.revenue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * A cohort measured at the end of its {@code n}-th period since start (0 is the start period).
 *
 * @param periodsSinceStart {@code n}
 * @param day the last day of that period, on which MRR is measured
 * @param retainedLogos the cohort's accounts with {@code MRR > 0} on {@code day}
 * @param mrr the cohort's MRR on {@code day}, in the base currency
 * @param logoRetention {@code retainedLogos / accounts}
 * @param nrr net revenue retention: {@code mrr / startMrr}; empty when {@code startMrr} is 0
 */
public record CohortPeriod(int periodsSinceStart, LocalDate day, int retainedLogos, BigDecimal mrr,
        OptionalDouble logoRetention, OptionalDouble nrr) {
}
