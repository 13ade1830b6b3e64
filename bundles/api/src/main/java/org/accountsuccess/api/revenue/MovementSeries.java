package org.accountsuccess.api.revenue;

import java.time.YearMonth;
import java.util.List;

/**
 * MRR movements month by month.
 *
 * @param from the first month
 * @param to the last month
 * @param currency the base currency of every amount
 * @param months one entry per month, oldest first
 */
public record MovementSeries(YearMonth from, YearMonth to, String currency, List<MonthMovements> months) {
    public MovementSeries {
        months = List.copyOf(months);
    }
}
