package org.accountsuccess.api.revenue;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One account behind a movement of a month: the drill-down from a movement figure.
 *
 * @param month the month
 * @param movement what the account's MRR did
 * @param accountId the account
 * @param accountName its name
 * @param startMrr its MRR on the last day of the previous month
 * @param endMrr its MRR on the last day of the month
 * @param amount what it adds to the movement's figure: the change for expansion and contraction
 *        (positive), {@code endMrr} for new and reactivation, {@code startMrr} for churned
 */
public record AccountMovement(YearMonth month, MrrMovement movement, String accountId, String accountName,
        BigDecimal startMrr, BigDecimal endMrr, BigDecimal amount) {
}
