package org.accountsuccess.host.spi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * The tenant's constant exchange rates: one unit of each currency in the base currency.
 *
 * @param baseCurrency ISO 4217 code every figure is reported in
 * @param rateToBase for each other currency, the value of one unit in the base currency ({@code > 0})
 */
public record ExchangeRateTable(String baseCurrency, Map<String, BigDecimal> rateToBase) {
    public ExchangeRateTable {
        Objects.requireNonNull(baseCurrency, "ExchangeRateTable: field 'baseCurrency' is required");
        rateToBase = Map.copyOf(rateToBase);
        rateToBase.forEach((currency, rate) -> {
            if (rate.signum() <= 0) {
                throw new IllegalArgumentException("ExchangeRateTable " + currency + ": field 'rateToBase' is "
                        + rate.toPlainString() + ", must be > 0");
            }
        });
    }

    /** A table for a tenant that works in one currency only. */
    public static ExchangeRateTable single(String baseCurrency) {
        return new ExchangeRateTable(baseCurrency, Map.of());
    }
}
