package org.accountsuccess.kpi.forecast;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.accountsuccess.api.renewal.CalibrationBin;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.api.scorecard.RenewalDue;
import org.junit.jupiter.api.Test;

/**
 * A tenant small enough for paper: one factor (loyalty), eight past due contracts, the penalty
 * almost 0 so that the fits are the groups' rates. Fitting set (the earliest 6): loyalty 0 renewed
 * 1 of 3, loyalty 100 renewed 2 of 3, so p(0) = 1/3 and p(100) = 2/3. Holdout (the latest 2 by end
 * date, ceil(8 * 0.25)): loyalty 100 renewed, loyalty 0 not.
 */
class RenewalModelTest {
    private static final LocalDate FROM = day("2024-01-01");
    private static final ForecastParameters PAPER = new ForecastParameters(90, 730, 4, 0.25, 1e-9);
    private static final List<String> LOYALTY = List.of("loyalty");

    private static List<PastRenewal> eight() {
        List<PastRenewal> rows = new ArrayList<>();
        double[] loyalty = {0, 0, 0, 100, 100, 100, 100, 0};
        boolean[] renewed = {true, false, false, true, true, false, true, false};
        for (int i = 0; i < 8; i++) {
            rows.add(new PastRenewal("k" + i, day("2025-01-01").plusMonths(i), new double[] {loyalty[i]},
                    renewed[i]));
        }
        return rows;
    }

    @Test
    void brierAndCalibrationOnTheHoldout() {
        RenewalModel model = RenewalModel.fit(LOYALTY, eight(), FROM, PAPER);
        var d = model.description();

        assertThat(d.method()).isEqualTo(ForecastMethod.LOGISTIC);
        assertThat(d.outcomes()).isEqualTo(8);
        assertThat(d.renewed()).isEqualTo(4);
        assertThat(d.baseRate()).hasValue(0.5);
        assertThat(d.training()).isEqualTo(6);
        assertThat(d.holdout()).isEqualTo(2);
        // predictions 2/3 (renewed) and 1/3 (not): ((1/3)^2 + (1/3)^2) / 2 = 1/9
        assertThat(d.brier().getAsDouble()).isCloseTo(1.0 / 9, within(1e-6));
        // the fitting set's rate 3/6 for both: (0.25 + 0.25) / 2
        assertThat(d.baseRateBrier().getAsDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(d.calibration()).hasSize(2);
        CalibrationBin low = d.calibration().get(0);
        assertThat(low.from()).isEqualTo(0.3);
        assertThat(low.contracts()).isEqualTo(1);
        assertThat(low.predicted()).isCloseTo(1.0 / 3, within(1e-6));
        assertThat(low.observed()).isEqualTo(0.0);
        CalibrationBin high = d.calibration().get(1);
        assertThat(high.from()).isEqualTo(0.6);
        assertThat(high.predicted()).isCloseTo(2.0 / 3, within(1e-6));
        assertThat(high.observed()).isEqualTo(1.0);
        // refitted on all eight: loyalty 0 renewed 1 of 4, loyalty 100 3 of 4
        assertThat(d.coefficients().get("intercept")).isCloseTo(-Math.log(3), within(1e-6));
        assertThat(d.coefficients().get("loyalty")).isCloseTo(2 * Math.log(3), within(1e-6));
        assertThat(model.probability(new double[] {100}).getAsDouble()).isCloseTo(0.75, within(1e-6));
        // a factor without data takes the mean of the eight, 50: z = -ln 3 + ln 3 = 0
        assertThat(model.probability(new double[] {Double.NaN}).getAsDouble()).isCloseTo(0.5, within(1e-6));
    }

    @Test
    void expectedArrAndTotals() {
        RenewalModel model = RenewalModel.fit(LOYALTY, eight(), FROM, PAPER);
        var a = account("a1", 1);
        var forecasting = new RenewalForecasting(day("2026-11-01"), day("2026-11-01"), day("2027-02-28"), model);
        // k9: 1,200 ARR, loyalty 100, p 0.75; k10: 2,400 ARR, no loyalty, p 0.5
        forecasting.add(due("k10", "2027-01-31", "2400"), a, day("2026-11-02"), new double[] {Double.NaN});
        forecasting.add(due("k9", "2026-12-31", "1200"), a, day("2026-11-01"), new double[] {100});

        RenewalForecast f = forecasting.forecast("EUR");

        assertThat(f.entries()).extracting(e -> e.contract().id()).containsExactly("k9", "k10");
        assertThat(f.entries().get(0).expectedArr().orElseThrow()).isEqualByComparingTo("900.00");
        assertThat(f.entries().get(1).expectedArr().orElseThrow()).isEqualByComparingTo("1200.00");
        assertThat(f.arrAtStake()).isEqualByComparingTo("3600");
        assertThat(f.base().orElseThrow()).isEqualByComparingTo("2100.00");
        // variance 0.75 * 0.25 * 1200^2 + 0.5 * 0.5 * 2400^2 = 270,000 + 1,440,000 = 1,710,000;
        // sd 1307.670; times 1.28155 = 1675.85: downside 424.15, upside 3775.85 clipped to 3600
        assertThat(f.downside().orElseThrow().doubleValue()).isCloseTo(424.15, within(0.01));
        assertThat(f.upside().orElseThrow()).isEqualByComparingTo("3600.00");
    }

    @Test
    void tooFewOutcomesGiveTheBaseRateAndSaySo() {
        RenewalModel model = RenewalModel.fit(LOYALTY, eight().subList(0, 3), FROM, PAPER);

        assertThat(model.description().method()).isEqualTo(ForecastMethod.BASE_RATE);
        assertThat(model.description().reason()).contains("only 3 past outcomes, fewer than 4");
        assertThat(model.description().brier()).isEmpty();
        assertThat(model.probability(new double[] {100}).getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void outcomesAllAlikeGiveTheBaseRate() {
        List<PastRenewal> renewedOnly = eight().stream().filter(PastRenewal::renewed).toList();

        RenewalModel model = RenewalModel.fit(LOYALTY, renewedOnly, FROM, PAPER);

        assertThat(model.description().method()).isEqualTo(ForecastMethod.BASE_RATE);
        assertThat(model.description().reason()).contains("all 4 past outcomes are alike (all renewed)");
        assertThat(model.probability(new double[] {0})).hasValue(1.0);
    }

    @Test
    void noHistoryGivesNoNumberAtAll() {
        RenewalModel model = RenewalModel.fit(LOYALTY, List.of(), FROM, PAPER);
        var forecasting = new RenewalForecasting(day("2026-11-01"), day("2026-11-01"), day("2026-12-31"), model);
        forecasting.add(due("k9", "2026-12-31", "1200"), account("a1", 1), day("2026-11-01"), new double[] {100});

        RenewalForecast f = forecasting.forecast("EUR");

        assertThat(f.model().method()).isEqualTo(ForecastMethod.NONE);
        assertThat(f.entries().get(0).probability()).isEmpty();
        assertThat(f.entries().get(0).expectedArr()).isEmpty();
        assertThat(f.base()).isEmpty();
        assertThat(f.downside()).isEmpty();
        assertThat(f.arrAtStake()).isEqualByComparingTo("1200");
    }

    @Test
    void aWindowBeforeTheAsOfDayIsRefused() {
        RenewalModel model = RenewalModel.fit(LOYALTY, List.of(), FROM, PAPER);

        assertThatThrownBy(() -> new RenewalForecasting(day("2026-11-01"), day("2026-10-01"), day("2026-12-31"),
                model)).hasMessageContaining("asOf <= from <= to");
    }

    private static RenewalDue due(String id, String end, String arr) {
        return new RenewalDue(contract(id, "a1", "2026-01-01", "1").until(end).build(), 0, new BigDecimal(arr));
    }
}
