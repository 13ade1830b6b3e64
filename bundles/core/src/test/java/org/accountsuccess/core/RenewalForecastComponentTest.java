package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.renewal.ForecastMethod;
import org.accountsuccess.api.renewal.RenewalForecast;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * As of 2026-11-01. History: a1's K1 (ended 2026-03-31) renewed by K2, a2's K3 (ended 2026-05-31)
 * not renewed. Due in November and December and not renewed: a3's K4 (2026-11-30, 2,400 ARR) and
 * a1's K2 (2026-12-31, 1,200 ARR).
 */
class RenewalForecastComponentTest {
    private static final LocalDate AS_OF = LocalDate.parse("2026-11-01");
    private static final LocalDate TO = LocalDate.parse("2026-12-31");
    private final TestHost host = new TestHost();

    RenewalForecastComponentTest() {
        host.account("a1", "One", "rep1", "SMB", 3, null);
        host.account("a2", "Two", "rep1", "SMB", 3, null);
        host.account("a3", "Three", "rep2", "SMB", 3, null);
        host.contract("K1", "a1", "2025-04-01", "2026-03-31", "100", false, null);
        host.contract("K2", "a1", "2026-04-01", "2026-12-31", "100", false, "K1");
        host.contract("K3", "a2", "2025-06-01", "2026-05-31", "50", false, null);
        host.contract("K4", "a3", "2025-01-01", "2026-11-30", "200", false, null);
    }

    private RenewalForecastComponent forecasts(Map<String, Object> config) {
        HealthComponent health = new HealthComponent(host.binding(), KpiParameters::defaults,
                HealthConfigs.defaults());
        return new RenewalForecastComponent(host.binding(), KpiParameters::defaults, health,
                HealthConfigs.with(config));
    }

    @Test
    void twoPastOutcomesGiveTheBaseRateAndItsTotals() {
        RenewalForecast f = forecasts(Map.of()).forecast(AS_OF, AS_OF, TO, AccountFilter.ALL);

        assertThat(f.model().method()).isEqualTo(ForecastMethod.BASE_RATE);
        assertThat(f.model().reason()).contains("only 2 past outcomes, fewer than 30");
        assertThat(f.model().historyFrom()).isEqualTo(AS_OF.minusDays(1095));
        assertThat(f.model().baseRate()).hasValue(0.5);
        assertThat(f.entries()).extracting(e -> e.contract().id() + "@" + e.scoredOn())
                .containsExactly("K4@2026-09-01", "K2@2026-10-02");
        assertThat(f.entries()).extracting(e -> e.expectedArr().orElseThrow().toPlainString())
                .containsExactly("1200.00", "600.00");
        assertThat(f.base().orElseThrow()).isEqualByComparingTo("1800.00");
        // variance 0.25 * 2400^2 + 0.25 * 1200^2 = 1,800,000; sd 1341.64; times 1.28155 = 1719.38
        assertThat(f.downside().orElseThrow().doubleValue()).isCloseTo(80.62, within(0.01));
        assertThat(f.upside().orElseThrow().doubleValue()).isCloseTo(3519.38, within(0.01));
    }

    @Test
    void theModelLearnsFromEveryAccountWhateverTheFilter() {
        RenewalForecast f = forecasts(Map.of()).forecast(AS_OF, AS_OF, TO,
                AccountFilter.ALL.withAccountIds(Set.of("a1")));

        assertThat(f.entries()).extracting(e -> e.contract().id()).containsExactly("K2");
        assertThat(f.model().outcomes()).isEqualTo(2);
        assertThat(f.arrAtStake()).isEqualByComparingTo("1200");
    }

    @Test
    void withEnoughOutcomesALogisticModelIsTestedOnTheLatest() {
        host.account("a4", "Four", "rep2", "SMB", 3, null);
        host.account("a5", "Five", "rep2", "SMB", 3, null);
        host.contract("K5", "a4", "2025-02-01", "2026-01-31", "100", false, null);
        host.contract("K6", "a4", "2026-02-01", "2027-06-30", "100", false, "K5");
        host.contract("K7", "a5", "2025-03-01", "2026-02-28", "100", false, null);

        // outcomes by end date: K5 renewed, K7 not, K1 renewed | K3 not (the holdout, ceil(4 * 0.25))
        RenewalForecast f = forecasts(Map.of("forecast_min_outcomes", 4)).forecast(AS_OF, AS_OF, TO,
                AccountFilter.ALL);

        assertThat(f.model().method()).isEqualTo(ForecastMethod.LOGISTIC);
        assertThat(f.model().training()).isEqualTo(3);
        assertThat(f.model().holdout()).isEqualTo(1);
        assertThat(f.model().calibration()).extracting(b -> b.contracts()).containsExactly(1);
        assertThat(f.model().calibration().get(0).observed()).isZero();
        assertThat(f.model().brier()).isPresent();
        // the fitting set's rate 2/3 given to K3, which did not renew: (2/3)^2
        assertThat(f.model().baseRateBrier().getAsDouble()).isCloseTo(4.0 / 9, within(1e-12));
        assertThat(f.model().coefficients()).containsOnlyKeys("intercept", "loyalty", "decision-makers",
                "coverage", "engagement", "tickets", "mrr-trend");
        assertThat(f.entries()).allSatisfy(e -> assertThat(e.probability().getAsDouble()).isBetween(0.0, 1.0));
    }

    @Test
    void outcomesAlikeInTheFittingSetFallBackToTheBaseRate() {
        // K1 renewed | K3 not: one outcome to fit on, so no model can be tested
        RenewalForecast f = forecasts(Map.of("forecast_min_outcomes", 2)).forecast(AS_OF, AS_OF, TO,
                AccountFilter.ALL);

        assertThat(f.model().method()).isEqualTo(ForecastMethod.BASE_RATE);
        assertThat(f.model().reason()).contains("the earlier 1 past outcomes are alike");
    }

    /**
     * The background task fits today's model once per data version, and the first caller of the
     * day finds it: no second fit until the version moves.
     */
    @Test
    void todaysModelIsFittedAheadOncePerDataVersionAndServesTheFirstCaller() {
        long[] version = {1};
        HostBinding versioned = HostBinding.versioned(new HostPorts(host, host, host, host, host, host, null),
                () -> version[0], 16);
        HealthComponent health = new HealthComponent(versioned, KpiParameters::defaults, HealthConfigs.defaults());
        RenewalForecastComponent forecasts = new RenewalForecastComponent(versioned, KpiParameters::defaults, health,
                HealthConfigs.defaults());
        try {
            forecasts.warm();
            forecasts.warm();
            assertThat(forecasts.fits()).isEqualTo(1);

            LocalDate today = LocalDate.now(KpiParameters.defaults().zone());
            forecasts.forecast(today, today, today.plusDays(120), AccountFilter.ALL);
            assertThat(forecasts.fits()).as("the first caller of today found the model").isEqualTo(1);

            version[0] = 2;
            versioned.refresh();
            forecasts.warm();
            assertThat(forecasts.fits()).as("a new data version, a new model").isEqualTo(2);
        } finally {
            forecasts.stop();
            health.stop();
        }
    }

    @Test
    void aBadSettingIsRefusedNamingIt() {
        assertThatThrownBy(() -> forecasts(Map.of("forecast_holdout_share", 1.0)))
                .hasMessageContaining("org.accountsuccess.health").hasMessageContaining("holdoutShare");
    }
}
