package org.accountsuccess.api.renewal;

import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;

import org.accountsuccess.host.spi.DateWindow;

/**
 * The contracts whose end date falls in a period and how many were renewed. Money is in the base
 * currency; ratios are empty (undefined) when their denominator is zero.
 *
 * @param period the period
 * @param due contracts ending in the period
 * @param renewed due contracts that another contract names as {@code renewalOf}
 * @param dueMrr MRR of the due contracts
 * @param renewedMrr MRR of the renewed due contracts
 * @param rateCount {@code renewed / due}
 * @param rateValue {@code renewedMrr / dueMrr}
 * @param autoRenewShare renewed due contracts with auto-renew / renewed
 * @param contracts the due contracts, by end date then id
 */
public record RenewalReport(DateWindow period, int due, int renewed, BigDecimal dueMrr, BigDecimal renewedMrr,
        OptionalDouble rateCount, OptionalDouble rateValue, OptionalDouble autoRenewShare, List<DueContract> contracts) {
    public RenewalReport {
        contracts = List.copyOf(contracts);
    }
}
