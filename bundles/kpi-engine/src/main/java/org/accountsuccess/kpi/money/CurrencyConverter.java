package org.accountsuccess.kpi.money;

import java.math.BigDecimal;
import java.util.Objects;

import org.accountsuccess.host.spi.ExchangeRateTable;

/** Converts amounts to the base currency with the tenant's constant rate table. */
public final class CurrencyConverter {
    private final ExchangeRateTable table;

    public CurrencyConverter(ExchangeRateTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public String baseCurrency() {
        return table.baseCurrency();
    }

    /**
     * {@code amount} in the base currency.
     *
     * @param currency the amount's currency; {@code null} means the base currency
     * @param where names the record the amount comes from, for the error message
     * @throws IllegalArgumentException when the table has no rate for {@code currency}
     */
    public BigDecimal toBase(BigDecimal amount, String currency, String where) {
        if (currency == null || currency.equals(table.baseCurrency())) {
            return amount;
        }
        BigDecimal rate = table.rateToBase().get(currency);
        if (rate == null) {
            throw new IllegalArgumentException(where + ": no exchange rate from " + currency + " to "
                    + table.baseCurrency());
        }
        return amount.multiply(rate);
    }
}
