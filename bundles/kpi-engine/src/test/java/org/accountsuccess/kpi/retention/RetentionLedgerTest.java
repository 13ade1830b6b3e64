package org.accountsuccess.kpi.retention;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** metrics.md section 2 over a period [d0, d1] = Q1 2024. */
class RetentionLedgerTest {
    private static final DateWindow Q1 = window("2024-01-01", "2024-03-31");
    private static final Offset<Double> EXACT = within(1e-9);

    private static final Map<String, Account> ACCOUNTS = Stream.of(account("a-exp", 1), account("a-con", 1),
            account("a-churn", 3), account("a-flat", 3), account("a-new", 3), account("a-react", 3),
            account("a-usd", 2, null, null, "USD"))
            .collect(Collectors.toMap(Account::id, Function.identity()));

    /**
     * The hand-built portfolio; MRR on d0 -> d1:
     * a-exp 100 -> 150 (expansion 50), a-con 200 -> 120 (contraction 80), a-churn 80 -> 0 (churned 80),
     * a-flat 60 -> 60, a-new 0 -> 40 (new), a-react 0 -> 30 (ended 2023-12-31, back 2024-03-15: reactivated).
     */
    private static final List<Contract> PORTFOLIO = List.of(
            contract("c-1", "a-exp", "2023-01-01", "100").build(),
            contract("c-2", "a-exp", "2024-02-01", "50").build(),
            contract("c-3", "a-con", "2023-01-01", "200").until("2024-01-31").build(),
            contract("c-4", "a-con", "2024-02-01", "120").renews("c-3").build(),
            contract("c-5", "a-churn", "2023-04-01", "80").until("2024-02-29").build(),
            contract("c-6", "a-flat", "2023-06-01", "60").until("2024-06-30").build(),
            contract("c-7", "a-new", "2024-03-01", "40").build(),
            contract("c-8", "a-react", "2023-01-01", "30").until("2023-12-31").build(),
            contract("c-9", "a-react", "2024-03-15", "30").build(),
            // over before the period: adds nothing anywhere
            contract("c-10", "a-flat", "2022-01-01", "999").until("2023-06-30").build());

    private static RetentionLedger ledger(CurrencyConverter converter, List<Contract> contracts) {
        RetentionLedger ledger = new RetentionLedger(Q1, converter);
        contracts.forEach(c -> ledger.add(c, ACCOUNTS.get(c.accountId())));
        return ledger;
    }

    @Test
    void movementsOfTheHandBuiltPortfolio() {
        RetentionReport report = ledger(eurOnly(), PORTFOLIO).report();

        assertThat(report.period()).isEqualTo(Q1);
        // cohort a-exp, a-con, a-churn, a-flat: start 100 + 200 + 80 + 60 = 440
        assertThat(report.cohort()).isEqualTo(4);
        assertThat(report.startMrr()).isEqualByComparingTo("440");
        // every account on d1: 150 + 120 + 0 + 60 + 40 + 30 = 400
        assertThat(report.endMrr()).isEqualByComparingTo("400");
        assertThat(report.expansion()).isEqualByComparingTo("50");
        assertThat(report.contraction()).isEqualByComparingTo("80");
        assertThat(report.churned()).isEqualByComparingTo("80");
        // a-new 40 is new; a-react 30 had MRR before d0: reactivation, apart from new MRR
        assertThat(report.newMrr()).isEqualByComparingTo("40");
        assertThat(report.newLogos()).isEqualTo(1);
        assertThat(report.reactivationMrr()).isEqualByComparingTo("30");
        assertThat(report.reactivatedLogos()).isEqualTo(1);
        // Quick Ratio (new 40 + expansion 50 + reactivation 30) / (contraction 80 + churned 80) = 120/160
        assertThat(report.quickRatio()).hasValueCloseTo(0.75, EXACT);
    }

    @Test
    void quickRatioIsUndefinedWithoutLosses() {
        RetentionReport report = ledger(eurOnly(), List.of(
                contract("c-7", "a-new", "2024-03-01", "40").build())).report();

        assertThat(report.quickRatio()).isEmpty();
    }

    @Test
    void anEarlyRenewalSupersedesItsPredecessorSoTheOverlapIsNoExpansion() {
        // issue 15's case: a base contract of 50 and R1 90 (2025-01-01..2025-12-31), renewed at the same price
        // by R2 from 2025-10-01. Over [2025-07-01, 2025-12-31] d0 holds 50 + 90 = 140. Counting the overlap
        // twice, d1 held 50 + 90 + 90 = 230: expansion 90, NRR 230/140 = 1.643 (the bug). R1 stops on
        // 2025-09-30, so d1 holds 50 + 90 = 140: no expansion, NRR 1.
        RetentionLedger ledger = new RetentionLedger(window("2025-07-01", "2025-12-31"), eurOnly());
        Account account = ACCOUNTS.get("a-flat");
        ledger.add(contract("base", "a-flat", "2024-01-01", "50").build(), account);
        ledger.add(contract("R1", "a-flat", "2025-01-01", "90").until("2025-12-31").build(), account);
        ledger.add(contract("R2", "a-flat", "2025-10-01", "90").until("2026-09-30").renews("R1").build(), account);

        RetentionReport report = ledger.report();

        assertThat(report.startMrr()).isEqualByComparingTo("140");
        assertThat(report.endMrr()).isEqualByComparingTo("140");
        assertThat(report.expansion()).isEqualByComparingTo("0");
        assertThat(report.nrr()).hasValueCloseTo(1.0, EXACT);
    }

    @Test
    void aRenewalOnAnotherAccountSupersedesThePredecessorThere() {
        // a-con's c-1 100 (2023..2024-12-31) is renewed early by a-exp's c-2 from 2024-02-01 (fed as a renewal):
        // on d1 = 2024-03-31 a-con has 0 (churned 100, it moved to the parent) and a-exp 100 is new.
        RetentionLedger ledger = new RetentionLedger(Q1, eurOnly());
        ledger.add(contract("c-1", "a-con", "2023-01-01", "100").until("2024-12-31").build(), ACCOUNTS.get("a-con"));
        ledger.addRenewal(contract("c-2", "a-exp", "2024-02-01", "100").renews("c-1").build());

        RetentionReport report = ledger.report();

        assertThat(ledger.contractIds()).containsExactly("c-1");
        assertThat(report.startMrr()).isEqualByComparingTo("100");
        assertThat(report.endMrr()).isEqualByComparingTo("0");
        assertThat(report.churned()).isEqualByComparingTo("100");
    }

    @Test
    void ratiosOfTheHandBuiltPortfolio() {
        RetentionReport report = ledger(eurOnly(), PORTFOLIO).report();

        // GRR (440 - 80 - 80) / 440 = 280/440; NRR (440 + 50 - 80 - 80) / 440 = 330/440 = 0.75
        assertThat(report.grr()).hasValueCloseTo(280.0 / 440, EXACT);
        assertThat(report.nrr()).hasValueCloseTo(0.75, EXACT);
        assertThat(report.grossRevenueChurn()).hasValueCloseTo(160.0 / 440, EXACT);
        assertThat(report.netRevenueChurn()).hasValueCloseTo(0.25, EXACT);
        // logos: 3 of 4 cohort accounts still pay on d1
        assertThat(report.retainedLogos()).isEqualTo(3);
        assertThat(report.logoRetention()).hasValueCloseTo(0.75, EXACT);
        assertThat(report.logoChurn()).hasValueCloseTo(0.25, EXACT);
    }

    @Test
    void expansionOverTheLossesGivesNegativeNetChurnButGrrStaysAtMostOne() {
        RetentionReport report = ledger(eurOnly(), List.of(
                contract("c-1", "a-exp", "2023-01-01", "100").build(),
                contract("c-2", "a-exp", "2024-03-31", "100").build())).report();

        // NRR (100 + 100) / 100 = 2, net revenue churn 1 - 2 = -1; GRR 100/100 = 1
        assertThat(report.nrr()).hasValueCloseTo(2.0, EXACT);
        assertThat(report.netRevenueChurn()).hasValueCloseTo(-1.0, EXACT);
        assertThat(report.grr()).hasValueCloseTo(1.0, EXACT);
    }

    @ParameterizedTest(name = "contract {0}..{1}: MRR(d0) {2}, MRR(d1) {3}")
    @CsvSource(nullValues = "evergreen", value = {
            // ends on d0: counts at d0, not at d1 -> churned
            "2023-01-01, 2024-01-01, 100, 0",
            // ends on d1: counts at both
            "2023-01-01, 2024-03-31, 100, 100",
            "2023-01-01, evergreen, 100, 100",
            // starts on d0 / on d1
            "2024-01-01, evergreen, 100, 100",
            "2024-03-31, evergreen, 0, 100"})
    void boundsAreInclusive(String start, String end, String mrrAtStart, String mrrAtEnd) {
        var builder = contract("c-1", "a-flat", start, "100");
        if (end != null) {
            builder.until(end);
        }

        RetentionReport report = ledger(eurOnly(), List.of(builder.build())).report();

        assertThat(report.startMrr()).isEqualByComparingTo(mrrAtStart);
        assertThat(report.endMrr()).isEqualByComparingTo(mrrAtEnd);
    }

    @Test
    void aContractEndingOnTheFirstDayIsChurnedOneEndingOnTheLastDayIsRetained() {
        RetentionReport report = ledger(eurOnly(), List.of(
                contract("c-1", "a-churn", "2023-01-01", "100").until("2024-01-01").build(),
                contract("c-2", "a-flat", "2023-01-01", "300").until("2024-03-31").build())).report();

        // start 100 + 300; churned 100: GRR = NRR = 300/400; logos 1 of 2
        assertThat(report.churned()).isEqualByComparingTo("100");
        assertThat(report.grr()).hasValueCloseTo(0.75, EXACT);
        assertThat(report.nrr()).hasValueCloseTo(0.75, EXACT);
        assertThat(report.logoRetention()).hasValueCloseTo(0.5, EXACT);
    }

    @Test
    void anEmptyCohortGivesUndefinedRatiosNotZero() {
        RetentionReport report = ledger(eurOnly(), List.of(
                contract("c-7", "a-new", "2024-03-01", "40").build())).report();

        assertThat(report.cohort()).isZero();
        assertThat(report.newMrr()).isEqualByComparingTo("40");
        assertThat(report.grr()).isEmpty();
        assertThat(report.nrr()).isEmpty();
        assertThat(report.grossRevenueChurn()).isEmpty();
        assertThat(report.netRevenueChurn()).isEmpty();
        assertThat(report.logoRetention()).isEmpty();
        assertThat(report.logoChurn()).isEmpty();
        assertThat(new RetentionLedger(Q1, eurOnly()).report().grr()).isEmpty();
    }

    @Test
    void convertsForeignContractsAtTheConstantRate() {
        RetentionReport report = ledger(eurWithUsd("0.9"), List.of(
                contract("c-1", "a-flat", "2023-01-01", "100").in("USD").build(),
                // no currency on the contract: the account's (USD)
                contract("c-2", "a-usd", "2023-01-01", "200").build(),
                contract("c-3", "a-exp", "2023-01-01", "50").build())).report();

        // 100 * 0.9 + 200 * 0.9 + 50 = 320 EUR on both days
        assertThat(report.startMrr()).isEqualByComparingTo("320");
        assertThat(report.endMrr()).isEqualByComparingTo("320");
    }

    @Test
    void sameCurrencyContractsGiveNoExpansionBecauseTheRateTableIsConstant() {
        // a USD customer renewing at the same USD price: both bounds use the one rate 0.9
        RetentionReport report = ledger(eurWithUsd("0.9"), List.of(
                contract("c-1", "a-usd", "2023-01-01", "100").until("2024-01-31").build(),
                contract("c-2", "a-usd", "2024-02-01", "100").renews("c-1").build())).report();

        assertThat(report.startMrr()).isEqualByComparingTo("90");
        assertThat(report.expansion()).isEqualByComparingTo("0");
        assertThat(report.contraction()).isEqualByComparingTo("0");
        assertThat(report.nrr()).hasValue(1.0);
    }

    @Test
    void aMissingRateIsRejectedNamingTheContractAndCurrency() {
        RetentionLedger ledger = new RetentionLedger(Q1, eurWithUsd("0.9"));
        Contract inPounds = contract("c-gbp", "a-flat", "2023-01-01", "100").in("GBP").build();

        assertThatIllegalArgumentException().isThrownBy(() -> ledger.add(inPounds, ACCOUNTS.get("a-flat")))
                .withMessageContainingAll("Contract c-gbp", "GBP");
    }

    @Test
    void cutsByAGroupFunction() {
        Set<String> key = Set.of("a-exp", "a-con");
        List<Cut<RetentionReport>> cuts = ledger(eurOnly(), PORTFOLIO)
                .cut(id -> key.contains(id) ? "key accounts" : "long tail");

        assertThat(cuts).extracting(Cut::key).containsExactly("key accounts", "long tail");
        RetentionReport keyAccounts = cuts.get(0).report();
        // a-exp 100 -> 150, a-con 200 -> 120: GRR (300 - 80) / 300, NRR (300 + 50 - 80) / 300 = 0.9
        assertThat(keyAccounts.cohort()).isEqualTo(2);
        assertThat(keyAccounts.grr()).hasValueCloseTo(220.0 / 300, EXACT);
        assertThat(keyAccounts.nrr()).hasValueCloseTo(0.9, EXACT);
        assertThat(keyAccounts.newMrr()).isEqualByComparingTo("0");
        RetentionReport longTail = cuts.get(1).report();
        // a-churn 80 -> 0, a-flat 60 -> 60: GRR = NRR = 60/140; new a-new 40, reactivated a-react 30
        assertThat(longTail.grr()).hasValueCloseTo(60.0 / 140, EXACT);
        assertThat(longTail.nrr()).hasValueCloseTo(60.0 / 140, EXACT);
        assertThat(longTail.logoRetention()).hasValueCloseTo(0.5, EXACT);
        assertThat(longTail.newMrr()).isEqualByComparingTo("40");
        assertThat(longTail.reactivationMrr()).isEqualByComparingTo("30");
    }

    @Test
    void ratioOfZeroDenominatorIsUndefined() {
        assertThat(RetentionLedger.ratio(BigDecimal.ONE, BigDecimal.ZERO)).isEmpty();
        assertThat(RetentionLedger.ratio(BigDecimal.ONE, new BigDecimal("3")))
                .hasValueCloseTo(1.0 / 3, EXACT);
    }
}
