package org.accountsuccess.kpi.matrix;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * Each account's margin over the 12 months up to a day's month, in the base currency (the
 * entries are in the account's currency). An account has a margin figure when at least one of
 * its entries in those months gives a margin.
 */
public final class TrailingMargin {
    private final YearMonth first;
    private final YearMonth last;
    private final CurrencyConverter converter;
    private final Map<String, BigDecimal> byAccount = new HashMap<>();

    public TrailingMargin(LocalDate asOf, CurrencyConverter converter) {
        this.last = YearMonth.from(asOf);
        this.first = last.minusMonths(11);
        this.converter = converter;
    }

    public YearMonth firstMonth() {
        return first;
    }

    public YearMonth lastMonth() {
        return last;
    }

    /** Counts the entry of {@code account} when it falls in the months and gives a margin. */
    public void add(RevenueEntry entry, Account account) {
        if (entry.margin() == null || entry.period().isBefore(first) || entry.period().isAfter(last)) {
            return;
        }
        BigDecimal margin = converter.toBase(entry.margin(), account.currency(),
                "Revenue of " + entry.accountId() + " for " + entry.period());
        byAccount.merge(entry.accountId(), margin, BigDecimal::add);
    }

    /** The account's margin, empty when no entry of the months gives one. */
    public Optional<BigDecimal> of(String accountId) {
        return Optional.ofNullable(byAccount.get(accountId));
    }

    public boolean isEmpty() {
        return byAccount.isEmpty();
    }
}
