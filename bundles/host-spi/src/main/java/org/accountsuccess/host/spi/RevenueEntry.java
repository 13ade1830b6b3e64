package org.accountsuccess.host.spi;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * Revenue (and optionally margin) an account brought in one month; used where margin, not ARR,
 * is the value axis.
 *
 * @param accountId the account
 * @param period the month
 * @param revenue revenue of the month, in the account's currency
 * @param margin margin of the month, or {@code null}
 */
public record RevenueEntry(String accountId, YearMonth period, BigDecimal revenue, BigDecimal margin) {
    public RevenueEntry {
        Check.required("RevenueEntry", String.valueOf(accountId), "accountId", accountId);
        Check.required("RevenueEntry", accountId, "period", period);
        Check.required("RevenueEntry", accountId + "/" + period, "revenue", revenue);
    }
}
