package org.accountsuccess.kpi.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;

import org.accountsuccess.api.revenue.AccountMovement;
import org.accountsuccess.api.revenue.MonthMovements;
import org.accountsuccess.api.revenue.MovementSeries;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.host.spi.DateWindow;
import org.junit.jupiter.api.Test;

/** The movement series of {@link FourAccountsRevenue}, January to May 2025, worked by hand. */
class MonthlyMovementsTest {
    private final MonthlyMovements movements = new MonthlyMovements(FourAccountsRevenue.book(),
            FourAccountsRevenue.ACCOUNTS);
    private final MovementSeries series = movements.series(YearMonth.of(2025, 1), YearMonth.of(2025, 5), "EUR");

    private MonthMovements month(int m) {
        return series.months().get(m - 1);
    }

    @Test
    void aMonthRunsFromTheLastDayOfTheMonthBefore() {
        assertThat(MonthlyMovements.period(YearMonth.of(2025, 3)))
                .isEqualTo(new DateWindow(LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-31")));
        assertThat(series.months()).extracting(MonthMovements::month).containsExactly(YearMonth.of(2025, 1),
                YearMonth.of(2025, 2), YearMonth.of(2025, 3), YearMonth.of(2025, 4), YearMonth.of(2025, 5));
    }

    @Test
    void januaryTwoNewAccountsAndOneChurned() {
        // [2024-12-31, 2025-01-31]: a 0 -> 100 and b 0 -> 200 new; c 80 (its last day) -> 0 churned
        MonthMovements january = month(1);
        assertThat(january.startMrr()).isEqualByComparingTo("80");
        assertThat(january.endMrr()).isEqualByComparingTo("300");
        assertThat(january.newMrr()).isEqualByComparingTo("300");
        assertThat(january.newLogos()).isEqualTo(2);
        assertThat(january.churned()).isEqualByComparingTo("80");
        assertThat(january.churnedLogos()).isEqualTo(1);
        // Quick Ratio 300 / 80
        assertThat(january.quickRatio()).hasValueCloseTo(3.75, within(1e-12));
    }

    @Test
    void februaryMovesNothingSoItsQuickRatioIsUndefined() {
        // b's last day is 2025-02-28: it still counts on the period's last day
        assertThat(month(2).endMrr()).isEqualByComparingTo("300");
        assertThat(month(2).churned()).isEqualByComparingTo("0");
        assertThat(month(2).quickRatio()).isEmpty();
    }

    @Test
    void marchHasEveryKindButContraction() {
        // [2025-02-28, 2025-03-31]: a 100 -> 150, b 200 -> 0, c 0 -> 80 (paid in 2024), d 0 -> 60
        MonthMovements march = month(3);
        assertThat(march.expansion()).isEqualByComparingTo("50");
        assertThat(march.churned()).isEqualByComparingTo("200");
        assertThat(march.reactivationMrr()).isEqualByComparingTo("80");
        assertThat(march.reactivatedLogos()).isEqualTo(1);
        assertThat(march.newMrr()).isEqualByComparingTo("60");
        assertThat(march.contraction()).isEqualByComparingTo("0");
        // 300 + 60 + 80 + 50 - 200 = 290
        assertThat(march.endMrr()).isEqualByComparingTo("290");
        // (60 + 50 + 80) / 200
        assertThat(march.quickRatio()).hasValueCloseTo(0.95, within(1e-12));
    }

    @Test
    void mayARenewalAtALowerPriceIsContraction() {
        // d's k6 60 ends 2025-04-30, k7 renews it at 40 from 2025-05-01: contraction 20, Quick Ratio 0 / 20
        assertThat(month(4).contraction()).isEqualByComparingTo("0");
        assertThat(month(5).contraction()).isEqualByComparingTo("20");
        assertThat(month(5).quickRatio()).hasValue(0.0);
    }

    @Test
    void theAccountsBehindMarchLargestFirst() {
        assertThat(movements.accounts(YearMonth.of(2025, 3), null))
                .extracting(m -> m.accountId() + " " + m.movement() + " " + m.amount().toPlainString())
                .containsExactly("b CHURNED 200", "c REACTIVATION 80", "d NEW 60", "a EXPANSION 50");
        AccountMovement a = movements.accounts(YearMonth.of(2025, 3), MrrMovement.EXPANSION).get(0);
        assertThat(a.accountName()).isEqualTo("Account a");
        assertThat(a.startMrr()).isEqualByComparingTo("100");
        assertThat(a.endMrr()).isEqualByComparingTo("150");
        assertThat(movements.accounts(YearMonth.of(2025, 2), null)).isEmpty();
    }

    @Test
    void anInvertedRangeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> movements.series(YearMonth.of(2025, 5), YearMonth.of(2025, 4), "EUR"))
                .withMessage("the first month 2025-05 is after the last month 2025-04");
    }
}
