package org.accountsuccess.kpi.retention;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.junit.jupiter.api.Test;

/** MRR_a(d): contracts with start <= d and (no end or end >= d), in the base currency; an early renewal supersedes. */
class MrrTest {
    private static final CurrencyConverter RATES = eurWithUsd("0.9");
    private static final Account EUR_ACCOUNT = account("a-1", 1);
    private static final Account USD_ACCOUNT = account("a-2", 1, null, null, "USD");

    @Test
    void countsFromTheFirstToTheLastCoveredDay() {
        Contract q1 = contract("c-1", "a-1", "2024-01-01", "100").until("2024-03-31").build();

        assertThat(mrrOn(q1, EUR_ACCOUNT, day("2023-12-31"), RATES)).isEqualByComparingTo("0");
        assertThat(mrrOn(q1, EUR_ACCOUNT, day("2024-01-01"), RATES)).isEqualByComparingTo("100");
        assertThat(mrrOn(q1, EUR_ACCOUNT, day("2024-03-31"), RATES)).isEqualByComparingTo("100");
        assertThat(mrrOn(q1, EUR_ACCOUNT, day("2024-04-01"), RATES)).isEqualByComparingTo("0");
    }

    private static BigDecimal mrrOn(Contract contract, Account account, LocalDate day, CurrencyConverter rates) {
        MrrBook book = new MrrBook(rates);
        book.add(contract, account);
        return book.mrrOn(contract.accountId(), day);
    }

    @Test
    void reactivationNeedsMrrOnSomeEarlierDay() {
        MrrBook book = new MrrBook(RATES);
        book.add(contract("c-1", "a-1", "2024-01-01", "100").until("2024-03-31").build(), EUR_ACCOUNT);
        book.add(contract("c-2", "a-1", "2024-06-01", "100").build(), EUR_ACCOUNT);
        // a free contract is no MRR
        book.add(contract("c-3", "a-2", "2023-01-01", "0").until("2023-12-31").build(), USD_ACCOUNT);

        assertThat(book.firstMrrDay("a-1")).hasValue(day("2024-01-01"));
        assertThat(book.hadMrrBefore("a-1", day("2024-01-01"))).isFalse();
        assertThat(book.hadMrrBefore("a-1", day("2024-01-02"))).isTrue();
        assertThat(book.firstMrrDay("a-2")).isEmpty();
        assertThat(book.mrrOn("a-1", day("2024-04-30"))).isEqualByComparingTo("0");
    }

    @Test
    void aContractRenewedBeforeItStartsNeverCounts() {
        // the renewal starts 2024-01-01, before its predecessor's start 2024-02-01: the predecessor counts on no day
        MrrBook book = new MrrBook(RATES);
        book.add(contract("c-1", "a-1", "2024-02-01", "100").until("2024-12-31").build(), EUR_ACCOUNT);
        book.add(contract("c-2", "a-1", "2024-01-01", "80").renews("c-1").build(), EUR_ACCOUNT);

        assertThat(book.mrrOn("a-1", day("2024-06-30"))).isEqualByComparingTo("80");
        assertThat(book.firstMrrDay("a-1")).hasValue(day("2024-01-01"));
    }

    @Test
    void anEvergreenContractCountsForever() {
        Contract evergreen = contract("c-1", "a-1", "2020-01-01", "100").build();

        assertThat(mrrOn(evergreen, EUR_ACCOUNT, day("2099-12-31"), RATES)).isEqualByComparingTo("100");
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
