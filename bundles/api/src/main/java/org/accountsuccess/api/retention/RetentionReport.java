package org.accountsuccess.api.retention;

import java.math.BigDecimal;
import java.util.OptionalDouble;

import org.accountsuccess.host.spi.DateWindow;

/**
 * Recurring revenue retained over a period {@code [d0, d1]}, in the base currency. The cohort is
 * the accounts with MRR on {@code d0}. Ratios are empty (undefined) when the cohort is empty.
 *
 * @param period the period
 * @param cohort accounts with {@code MRR(d0) > 0}
 * @param retainedLogos cohort accounts with {@code MRR(d1) > 0}
 * @param newLogos accounts outside the cohort with {@code MRR(d1) > 0} and no MRR before {@code d0}
 * @param reactivatedLogos accounts outside the cohort with {@code MRR(d1) > 0} that had MRR before {@code d0}
 * @param startMrr cohort MRR on {@code d0}
 * @param endMrr MRR of every account on {@code d1}
 * @param expansion cohort growth: {@code sum max(0, MRR(d1) - MRR(d0))}
 * @param contraction cohort shrinkage of accounts still paying on {@code d1}
 * @param churned {@code MRR(d0)} of cohort accounts with nothing on {@code d1}
 * @param newMrr {@code MRR(d1)} of the new logos; never part of GRR or NRR
 * @param reactivationMrr {@code MRR(d1)} of the reactivated logos; never part of GRR or NRR
 * @param grr {@code (start - contraction - churned) / start}
 * @param nrr {@code (start + expansion - contraction - churned) / start}
 * @param grossRevenueChurn {@code 1 - GRR}
 * @param netRevenueChurn {@code 1 - NRR}; negative is "negative churn"
 * @param logoRetention {@code retainedLogos / cohort}
 * @param logoChurn {@code 1 - logoRetention}
 * @param quickRatio {@code (new + expansion + reactivation) / (contraction + churned)}; empty when the denominator is 0
 */
public record RetentionReport(DateWindow period, int cohort, int retainedLogos, int newLogos,
        int reactivatedLogos, BigDecimal startMrr, BigDecimal endMrr, BigDecimal expansion, BigDecimal contraction,
        BigDecimal churned, BigDecimal newMrr, BigDecimal reactivationMrr, OptionalDouble grr, OptionalDouble nrr,
        OptionalDouble grossRevenueChurn, OptionalDouble netRevenueChurn, OptionalDouble logoRetention,
        OptionalDouble logoChurn, OptionalDouble quickRatio) {
}
