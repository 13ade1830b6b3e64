package org.accountsuccess.kpi.retention;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.accountsuccess.kpi.Fixtures.window;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.accountsuccess.api.Cut;
import org.accountsuccess.api.renewal.DueContract;
import org.accountsuccess.api.renewal.RenewalReport;
import org.accountsuccess.host.spi.Contract;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** Renewals of Q1 2024: due = end date in [d0, d1], renewed = named as renewalOf by another contract. */
class RenewalLedgerTest {
    private static final DateWindow Q1 = window("2024-01-01", "2024-03-31");
    private static final Offset<Double> EXACT = within(1e-9);

    private static final List<Contract> BOOK = List.of(
            // due and renewed the day after it ends
            contract("d-1", "a-1", "2023-02-01", "100").until("2024-01-31").autoRenew().build(),
            contract("n-1", "a-1", "2024-02-01", "110").renews("d-1").build(),
            // due on d1, renewed by a contract starting after d1: still renewed in this period
            contract("d-2", "a-1", "2023-04-01", "200").until("2024-03-31").build(),
            contract("n-2", "a-1", "2024-04-01", "200").renews("d-2").build(),
            // early renewal: the successor starts before its predecessor ends
            contract("d-3", "a-2", "2023-02-16", "50").until("2024-02-15").autoRenew().build(),
            contract("n-3", "a-2", "2024-01-10", "60").renews("d-3").build(),
            // due and not renewed (auto-renew set, but nothing names it)
            contract("d-4", "a-2", "2023-03-02", "150").until("2024-03-01").autoRenew().build(),
            // due on d0, not renewed
            contract("d-5", "a-2", "2023-01-02", "100").until("2024-01-01").build(),
            // not due: ends before d0 (though renewed), ends after d1, evergreen
            contract("x-1", "a-1", "2023-01-01", "500").until("2023-12-31").build(),
            contract("n-x1", "a-1", "2024-01-01", "500").renews("x-1").build(),
            contract("x-2", "a-2", "2023-04-02", "700").until("2024-04-01").build(),
            contract("x-3", "a-2", "2020-01-01", "900").build());

    /** Candidates first, then every contract offered as a renewal, as the service feeds the ledger. */
    private static RenewalLedger ledger(CurrencyConverter converter, List<Contract> book) {
        RenewalLedger ledger = new RenewalLedger(Q1, converter);
        book.forEach(c -> ledger.addCandidate(c, account(c.accountId(), 1)));
        book.forEach(ledger::addRenewal);
        return ledger;
    }

    @Test
    void dueContractsAreThoseEndingInThePeriodBothEndsIncluded() {
        RenewalLedger ledger = ledger(eurOnly(), BOOK);

        assertThat(ledger.dueIds()).containsExactlyInAnyOrder("d-1", "d-2", "d-3", "d-4", "d-5");
        // by end date then id, each with its renewal
        assertThat(ledger.report().contracts())
                .extracting(d -> d.contract().id(), DueContract::renewedBy)
                .containsExactly(tuple("d-5", null), tuple("d-1", "n-1"), tuple("d-3", "n-3"), tuple("d-4", null),
                        tuple("d-2", "n-2"));
    }

    @Test
    void ratesByCountAndByValueAndTheAutoRenewalShare() {
        RenewalReport report = ledger(eurOnly(), BOOK).report();

        // renewed d-1, d-2, d-3 of 5 due
        assertThat(report.due()).isEqualTo(5);
        assertThat(report.renewed()).isEqualTo(3);
        assertThat(report.rateCount()).hasValueCloseTo(0.6, EXACT);
        // value: due 100 + 200 + 50 + 150 + 100 = 600, renewed 100 + 200 + 50 = 350 (the due contracts' MRR)
        assertThat(report.dueMrr()).isEqualByComparingTo("600");
        assertThat(report.renewedMrr()).isEqualByComparingTo("350");
        assertThat(report.rateValue()).hasValueCloseTo(350.0 / 600, EXACT);
        // auto-renew among the renewed: d-1, d-3 (d-4 is auto-renew but not renewed): 2/3
        assertThat(report.autoRenewShare()).hasValueCloseTo(2.0 / 3, EXACT);
    }

    @Test
    void ofTwoRenewalsTheEarliestStartingIsKept() {
        RenewalLedger ledger = new RenewalLedger(Q1, eurOnly());
        ledger.addCandidate(BOOK.get(0), account("a-1", 1));
        ledger.addRenewal(contract("n-1b", "a-1", "2024-03-01", "90").renews("d-1").build());
        ledger.addRenewal(contract("n-1", "a-1", "2024-02-01", "110").renews("d-1").build());

        RenewalReport report = ledger.report();

        assertThat(report.renewed()).isEqualTo(1);
        assertThat(report.contracts()).singleElement().extracting(DueContract::renewedBy).isEqualTo("n-1");
    }

    @Test
    void nothingDueIsUndefinedNotZero() {
        RenewalReport report = ledger(eurOnly(), List.of(BOOK.get(8), BOOK.get(10), BOOK.get(11))).report();

        assertThat(report.due()).isZero();
        assertThat(report.rateCount()).isEmpty();
        assertThat(report.rateValue()).isEmpty();
        assertThat(report.autoRenewShare()).isEmpty();
    }

    @Test
    void dueButNoneRenewedIsARateOfZeroAndAnUndefinedAutoShare() {
        RenewalReport report = ledger(eurOnly(), List.of(BOOK.get(6), BOOK.get(7))).report();

        assertThat(report.rateCount()).hasValue(0.0);
        assertThat(report.rateValue()).hasValue(0.0);
        assertThat(report.autoRenewShare()).isEmpty();
    }

    @Test
    void valuesAreInTheBaseCurrency() {
        RenewalReport report = ledger(eurWithUsd("0.9"), List.of(
                contract("d-usd", "a-1", "2023-01-01", "100").until("2024-02-29").in("USD").build(),
                contract("d-eur", "a-1", "2023-01-01", "10").until("2024-02-29").build(),
                contract("n-usd", "a-1", "2024-03-01", "100").in("USD").renews("d-usd").build())).report();

        // due 100 USD * 0.9 + 10 = 100 EUR, renewed 90: 0.9
        assertThat(report.dueMrr()).isEqualByComparingTo("100");
        assertThat(report.renewedMrr()).isEqualByComparingTo("90");
        assertThat(report.rateValue()).hasValueCloseTo(0.9, EXACT);
    }

    @Test
    void cutsByTheGroupOfEachDueContractsAccount() {
        List<Cut<RenewalReport>> cuts = ledger(eurOnly(), BOOK).cut(accountId -> "owner of " + accountId);

        assertThat(cuts).extracting(Cut::key).containsExactly("owner of a-1", "owner of a-2");
        // a-1: d-1, d-2 both renewed; auto d-1 only: 1/2
        RenewalReport a1 = cuts.get(0).report();
        assertThat(a1.due()).isEqualTo(2);
        assertThat(a1.rateCount()).hasValueCloseTo(1.0, EXACT);
        assertThat(a1.autoRenewShare()).hasValueCloseTo(0.5, EXACT);
        // a-2: d-3 renewed of d-3, d-4, d-5: 1/3 by count, 50 / 300 by value
        RenewalReport a2 = cuts.get(1).report();
        assertThat(a2.rateCount()).hasValueCloseTo(1.0 / 3, EXACT);
        assertThat(a2.rateValue()).hasValueCloseTo(50.0 / 300, EXACT);
    }
}
