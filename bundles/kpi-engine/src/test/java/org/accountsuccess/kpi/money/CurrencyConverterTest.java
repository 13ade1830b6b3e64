package org.accountsuccess.kpi.money;

import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Amounts in the base currency through the tenant's constant rate table. */
class CurrencyConverterTest {

    @Test
    void convertsWithTheRateToBase() {
        // 100 USD * 0.9 EUR/USD = 90 EUR
        assertThat(eurWithUsd("0.9").toBase(new BigDecimal("100"), "USD", "Contract c-1"))
                .isEqualByComparingTo("90");
    }

    @Test
    void baseCurrencyAndNoCurrencyAreTakenAsTheyAre() {
        CurrencyConverter converter = eurWithUsd("0.9");

        assertThat(converter.toBase(new BigDecimal("100"), "EUR", "Contract c-1")).isEqualByComparingTo("100");
        assertThat(converter.toBase(new BigDecimal("100"), null, "Contract c-1")).isEqualByComparingTo("100");
        assertThat(converter.baseCurrency()).isEqualTo("EUR");
    }

    @Test
    void aMissingRateIsRejectedNamingTheRecordAndTheCurrency() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> eurOnly().toBase(BigDecimal.ONE, "GBP", "Contract c-7"))
                .withMessage("Contract c-7: no exchange rate from GBP to EUR");
    }
}
