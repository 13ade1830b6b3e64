package org.accountsuccess.api.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.OptionalDouble;

import org.accountsuccess.host.spi.DateWindow;

/**
 * The MRR movements of one month, over the period from the last day of the month before to the
 * last day of the month (so consecutive months chain), in the base currency.
 *
 * @param month the month
 * @param period {@code [d0, d1]}: the last day of the previous month to the last day of this one
 * @param startMrr MRR on {@code d0}
 * @param endMrr MRR on {@code d1}; {@code start + new + reactivation + expansion - contraction - churned}
 * @param newMrr MRR on {@code d1} of new accounts
 * @param expansion growth of accounts paying on both days
 * @param contraction shrinkage of accounts paying on both days
 * @param churned MRR on {@code d0} of accounts paying nothing on {@code d1}
 * @param reactivationMrr MRR on {@code d1} of reactivated accounts
 * @param quickRatio {@code (new + expansion + reactivation) / (contraction + churned)}; empty when the denominator is 0
 * @param newLogos accounts that are new
 * @param reactivatedLogos accounts that are reactivated
 * @param churnedLogos accounts that churned
 */
public record MonthMovements(YearMonth month, DateWindow period, BigDecimal startMrr, BigDecimal endMrr,
        BigDecimal newMrr, BigDecimal expansion, BigDecimal contraction, BigDecimal churned,
        BigDecimal reactivationMrr, OptionalDouble quickRatio, int newLogos, int reactivatedLogos,
        int churnedLogos) {
}
