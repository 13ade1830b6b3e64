package org.accountsuccess.kpi.matrix;

import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.accountsuccess.api.matrix.MatrixMeasure;
import org.accountsuccess.api.matrix.MatrixPoint;
import org.accountsuccess.api.matrix.Quadrant;
import org.accountsuccess.api.matrix.QuadrantSummary;
import org.accountsuccess.api.matrix.SuccessMatrix;
import org.accountsuccess.host.spi.Account;
import org.accountsuccess.host.spi.RevenueEntry;
import org.accountsuccess.kpi.Fixtures;
import org.accountsuccess.kpi.SixAccounts;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.junit.jupiter.api.Test;

class SuccessMatricesTest {
    private final CurrencyConverter converter = eurWithUsd("0.9");

    @Test
    void splitsAtNpsZeroAndAtTheMedianArrOfThePlottedAccounts() {
        SuccessMatrix m = SuccessMatrices.onArr(SixAccounts.portfolio().build(), converter);

        // plotted ARR: u 0, s 1200, r 2400, q 6000, p 12000 -> median 2400; t (no NPS) is left out
        assertThat(m.measure()).isEqualTo(MatrixMeasure.ARR);
        assertThat(m.asOf()).isEqualTo(day("2026-06-30"));
        assertThat(m.valueSplit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2400"));
        assertThat(m.plotted()).isEqualTo(5);
        assertThat(m.leftOut()).isEqualTo(1);
        // high (>= 2400): p (100) and r (50) grow and reference, q (-100) firefight; low: u (0) develop, s (-40) fix
        assertThat(m.quadrants()).extracting(QuadrantSummary::quadrant, QuadrantSummary::action,
                QuadrantSummary::accounts).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Quadrant.GROW_AND_REFERENCE, "grow and reference", 2),
                        org.assertj.core.groups.Tuple.tuple(Quadrant.FIREFIGHT, "firefight", 1),
                        org.assertj.core.groups.Tuple.tuple(Quadrant.DEVELOP, "develop", 1),
                        org.assertj.core.groups.Tuple.tuple(Quadrant.FIX_OR_AUTOMATE, "fix or automate", 1));
        assertThat(m.quadrants().get(0).value()).isEqualByComparingTo("14400"); // 12000 + 2400
        assertThat(m.quadrants().get(1).value()).isEqualByComparingTo("6000");
        assertThat(m.quadrants().get(2).value()).isEqualByComparingTo("0");
        assertThat(m.quadrants().get(3).value()).isEqualByComparingTo("1200");
        assertThat(m.points()).extracting(MatrixPoint::accountId).containsExactly("p", "r", "q", "u", "s");
        assertThat(m.points().get(3).accountNps()).isEqualTo(0.0);
        assertThat(m.points().get(4).accountNps()).isEqualTo(-40.0);
    }

    @Test
    void anEvenCountSplitsAtTheMeanOfTheTwoMiddleValues() {
        // 1200, 2400, 6000, 12000 -> (2400 + 6000) / 2 = 4200, so r (2400, NPS 50) is low value: develop
        assertThat(SuccessMatrices.median(List.of(new BigDecimal("12000"), new BigDecimal("1200"),
                new BigDecimal("6000"), new BigDecimal("2400")))).hasValueSatisfying(
                        v -> assertThat(v).isEqualByComparingTo("4200"));
        assertThat(SuccessMatrices.median(List.of())).isEmpty();
    }

    @Test
    void onMarginSumsTheTwelveMonthsToTheAsOfMonthInTheBaseCurrency() {
        AccountPortfolio portfolio = SixAccounts.portfolio().build();
        TrailingMargin margin = new TrailingMargin(day("2026-06-30"), converter);
        Account p = account(portfolio, "p");
        Account q = account(portfolio, "q");
        Account r = account(portfolio, "r");
        Account t = account(portfolio, "t");
        margin.add(entry("p", "2026-06", "100"), p);
        margin.add(entry("p", "2025-07", "50"), p);
        margin.add(entry("p", "2025-06", "999"), p); // before 2025-07: not counted
        margin.add(entry("p", "2026-07", "999"), p); // after the as-of month
        margin.add(entry("q", "2026-01", "30"), q);
        margin.add(entry("q", "2026-02", null), q); // revenue without margin
        margin.add(entry("r", "2026-03", "100"), r); // USD account: 100 * 0.9 = 90 EUR
        margin.add(entry("t", "2026-03", "10"), t); // no account NPS: left out

        SuccessMatrix m = SuccessMatrices.onMargin(portfolio, converter, margin);

        // plotted p 150, r 90, q 30 -> median 90; s and u have no margin, t no NPS: 3 left out
        assertThat(m.measure()).isEqualTo(MatrixMeasure.MARGIN);
        assertThat(m.plotted()).isEqualTo(3);
        assertThat(m.leftOut()).isEqualTo(3);
        assertThat(m.valueSplit()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("90"));
        assertThat(m.points()).extracting(MatrixPoint::accountId, MatrixPoint::quadrant).containsExactly(
                org.assertj.core.groups.Tuple.tuple("p", Quadrant.GROW_AND_REFERENCE),
                org.assertj.core.groups.Tuple.tuple("r", Quadrant.GROW_AND_REFERENCE),
                org.assertj.core.groups.Tuple.tuple("q", Quadrant.FIX_OR_AUTOMATE));
        assertThat(m.points().get(0).value()).isEqualByComparingTo("150");
        assertThat(m.points().get(1).value()).isEqualByComparingTo("90");
    }

    @Test
    void aMarginInACurrencyWithoutARateIsRefusedNamingTheEntry() {
        TrailingMargin margin = new TrailingMargin(day("2026-06-30"), Fixtures.eurOnly());
        Account usd = Fixtures.account("r", 2, null, null, "USD");

        assertThatThrownBy(() -> margin.add(entry("r", "2026-03", "100"), usd))
                .hasMessageContaining("Revenue of r for 2026-03").hasMessageContaining("USD");
    }

    @Test
    void withoutAccountsNothingIsPlottedAndTheSplitIsUndefined() {
        SuccessMatrix m = SuccessMatrices.onArr(Fixtures.portfolioAsOf("2026-06-30").build(), converter);

        assertThat(m.plotted()).isZero();
        assertThat(m.valueSplit()).isEmpty();
        assertThat(m.quadrants()).allSatisfy(q -> assertThat(q.accounts()).isZero());
    }

    private static Account account(AccountPortfolio portfolio, String id) {
        return portfolio.account(id).orElseThrow().account();
    }

    private static RevenueEntry entry(String accountId, String month, String margin) {
        return new RevenueEntry(accountId, YearMonth.parse(month), new BigDecimal("1000"),
                margin == null ? null : new BigDecimal(margin));
    }
}
