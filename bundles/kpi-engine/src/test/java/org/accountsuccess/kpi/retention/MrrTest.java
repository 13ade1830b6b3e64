package org.accountsuccess.kpi.retention;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.junit.jupiter.api.Test;

/** MRR_a(d): contracts with start <= d and (no end or end >= d), in the base currency. */
class MrrTest {
    private static final CurrencyConverter RATES = eurWithUsd("0.9");
    private static final Account EUR_ACCOUNT = account("a-1", 1);
    private static final Account USD_ACCOUNT = account("a-2", 1, null, null, "USD");

    @Test
    void countsFromTheFirstToTheLastCoveredDay() {
        Contract q1 = contract("c-1", "a-1", "2024-01-01", "100").until("2024-03-31").build();

        assertThat(Mrr.on(q1, EUR_ACCOUNT, day("2023-12-31"), RATES)).isEqualByComparingTo("0");
        assertThat(Mrr.on(q1, EUR_ACCOUNT, day("2024-01-01"), RATES)).isEqualByComparingTo("100");
        assertThat(Mrr.on(q1, EUR_ACCOUNT, day("2024-03-31"), RATES)).isEqualByComparingTo("100");
        assertThat(Mrr.on(q1, EUR_ACCOUNT, day("2024-04-01"), RATES)).isEqualByComparingTo("0");
    }

    @Test
    void anEvergreenContractCountsForever() {
        Contract evergreen = contract("c-1", "a-1", "2020-01-01", "100").build();

        assertThat(Mrr.on(evergreen, EUR_ACCOUNT, day("2099-12-31"), RATES)).isEqualByComparingTo("100");
    }

    @Test
    void currencyIsTheContractsElseTheAccountsElseTheBase() {
        Contract inUsd = contract("c-1", "a-1", "2024-01-01", "100").in("USD").build();
        Contract unmarked = contract("c-2", "a-2", "2024-01-01", "100").build();
        Contract inEurOfUsdAccount = contract("c-3", "a-2", "2024-01-01", "100").in("EUR").build();

        // 100 USD * 0.9 = 90 EUR
        assertThat(Mrr.inBase(inUsd, EUR_ACCOUNT, RATES)).isEqualByComparingTo("90");
        assertThat(Mrr.inBase(unmarked, USD_ACCOUNT, RATES)).isEqualByComparingTo("90");
        assertThat(Mrr.inBase(inEurOfUsdAccount, USD_ACCOUNT, RATES)).isEqualByComparingTo("100");
        assertThat(Mrr.inBase(unmarked, null, RATES)).isEqualByComparingTo("100");
    }
}
