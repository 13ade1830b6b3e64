package org.accountsuccess.kpi.health;

import static org.accountsuccess.kpi.Fixtures.DEFAULTS;
import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.activity;
import static org.accountsuccess.kpi.Fixtures.contact;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurWithUsd;
import static org.accountsuccess.kpi.Fixtures.noon;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.accountsuccess.kpi.Fixtures.responseOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.host.spi.Activity;
import org.accountsuccess.host.spi.ActivityType;
import org.accountsuccess.host.spi.Role;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;
import org.junit.jupiter.api.Test;

/** The weighted mean renormalised over the factors with data, the bands, and the seven built-in factors. */
class HealthScoringTest {
    private static final CurrencyConverter RATES = eurWithUsd("0.9");
    private static final HealthScoring DEFAULT_SCORING = new HealthScoring(HealthParameters.defaults(), DEFAULTS);

    @Test
    void missingFactorsAreLeftOutAndTheWeightsRenormalised() {
        HealthScore score = DEFAULT_SCORING.score("a-1", day("2024-06-30"), List.of(
                new HealthScoring.Weighted(FactorResult.of("loyalty", 80, "NPS 60"), 3),
                new HealthScoring.Weighted(FactorResult.missing("coverage", "no contacts"), 1),
                new HealthScoring.Weighted(FactorResult.of("mrr-trend", 50, "-30 %"), 2)));

        // (3 * 80 + 2 * 50) / (3 + 2) = 340 / 5 = 68: coverage's weight 1 is shared out
        assertThat(score.score()).hasValue(68.0);
        assertThat(score.band()).contains(HealthBand.YELLOW);
        assertThat(score.factors()).containsExactly(
                new FactorScore("loyalty", 80, 3, 0.6, 48, "NPS 60"),
                new FactorScore("mrr-trend", 50, 2, 0.4, 20, "-30 %"));
        assertThat(score.missing()).containsExactly(new MissingFactor("coverage", 1, "no contacts"));
    }

    @Test
    void noFactorWithDataGivesNoScore() {
        HealthScore score = DEFAULT_SCORING.score("a-1", day("2024-06-30"),
                List.of(new HealthScoring.Weighted(FactorResult.missing("loyalty", "no response"), 3)));

        assertThat(score.score()).isEmpty();
        assertThat(score.band()).isEmpty();
        assertThat(score.missing()).hasSize(1);
    }

    @Test
    void bandBoundaries() {
        HealthParameters p = HealthParameters.defaults();
        assertThat(p.band(100)).isEqualTo(HealthBand.GREEN);
        assertThat(p.band(70)).isEqualTo(HealthBand.GREEN);
        assertThat(p.band(69.999)).isEqualTo(HealthBand.YELLOW);
        assertThat(p.band(40)).isEqualTo(HealthBand.YELLOW);
        assertThat(p.band(39.999)).isEqualTo(HealthBand.RED);
        assertThat(p.band(0)).isEqualTo(HealthBand.RED);
    }

    @Test
    void badParametersAreRefusedByName() {
        Map<String, Double> negative = new LinkedHashMap<>(HealthParameters.defaultWeights());
        negative.put("tickets", -1.0);
        assertThatThrownBy(() -> HealthParameters.defaults().withWeights(negative))
                .hasMessageContaining("weight of 'tickets' is -1.0");
        assertThatThrownBy(() -> HealthParameters.defaults().withWeights(Map.of("Open Invoices", 1.0)))
                .hasMessageContaining("factor name 'Open Invoices'");
        assertThatThrownBy(() -> new HealthParameters(Map.of(), 30, 40, 2, 90, 25, 90, 80, 1, 180))
                .hasMessageContaining("yellowFrom (40.0) <= greenFrom (30.0)");
    }

    /**
     * A tier-2 account as of 2024-06-30 with every built-in factor computed by hand; the weighted mean
     * is (3*58.333 + 2*90 + 50 + 85 + 75 + 2*62.418 + 51.111) / 11 = 740.946 / 11 = 67.359, yellow.
     */
    @Test
    void theSevenBuiltInFactorsWorkedByHand() {
        AccountFacts facts = portfolioAsOf("2024-06-30").accounts(account("a-1", 2))
                .contacts(contact("c-1", "a-1", Role.A), contact("c-2", "a-1", Role.B), contact("c-3", "a-1", Role.C))
                .responses(responseOn("r-1", "c-1", "2024-04-01", 9), responseOn("r-2", "c-2", "2024-05-01", 6),
                        responseOn("r-3", "c-3", "2024-05-02", 8))
                .contracts(contract("k-1", "a-1", "2023-08-01", "100").until("2024-07-31").build(),
                        contract("k-2", "a-1", "2024-08-01", "120").until("2025-07-31").renews("k-1").build(),
                        contract("k-3", "a-1", "2023-10-01", "250").until("2024-09-30").in("USD").build(),
                        contract("k-4", "a-1", "2023-06-01", "80").until("2024-05-31").build(),
                        contract("k-5", "a-1", "2022-01-01", "50").build())
                .activities(activity("x-1", "a-1", ActivityType.CALL, noon("2024-06-01")),
                        ticket("t-1", "2024-05-01", Activity.Status.OPEN, Activity.Severity.HIGH),
                        ticket("t-2", "2024-01-01", Activity.Status.OPEN, Activity.Severity.CRITICAL),
                        ticket("t-3", "2024-06-10", Activity.Status.CLOSED, Activity.Severity.HIGH),
                        ticket("t-4", "2024-06-12", Activity.Status.OPEN, Activity.Severity.NORMAL),
                        ticket("t-5", "2024-07-01", Activity.Status.OPEN, Activity.Severity.HIGH))
                .build().account("a-1").orElseThrow();

        HealthScore score = DEFAULT_SCORING.score(facts, RATES);

        Map<String, FactorScore> byName = new LinkedHashMap<>();
        score.factors().forEach(f -> byName.put(f.factor(), f));
        assertThat(byName.keySet()).containsExactly("loyalty", "decision-makers", "coverage", "engagement", "tickets",
                "mrr-trend", "renewal");
        // A 9 promoter (w 3), B 6 detractor (w 2), C 8 passive (w 1): 100 * (3 - 2) / 6 = 16.667 -> (16.667 + 100) / 2
        assertThat(byName.get("loyalty").score()).isCloseTo(58.333, within(0.001));
        assertThat(byName.get("loyalty").reason()).isEqualTo("account NPS 16.7 (role-weighted, 3 contacts)");
        // one decision maker, score 9 -> 90
        assertThat(byName.get("decision-makers").score()).isEqualTo(90.0);
        // tier 2 needs A 1, B 2, C 3 = 6; present A 1, B 1, C 1 = 3 -> 50
        assertThat(byName.get("coverage").score()).isEqualTo(50.0);
        // a ticket is a meaningful touch: t-4 on 2024-06-12, 18 days ago, tier-2 limit 60: 100 * (1 - 18 / 120)
        assertThat(byName.get("engagement").score()).isCloseTo(85.0, within(1e-9));
        assertThat(byName.get("engagement").reason()).isEqualTo("18 days since the last touch on 2024-06-12 (limit 60)");
        // only t-1 is open, high or critical, and opened in the 90 days: 100 - 25
        assertThat(byName.get("tickets").score()).isEqualTo(75.0);
        assertThat(byName.get("tickets").reason()).isEqualTo("1 open high-severity ticket opened in the last 90 days");
        // MRR 2024-04-01: k-1 100 + k-3 225 + k-4 80 + k-5 50 = 455; 2024-06-30: 375; -17.582 % -> 80 - 17.582
        assertThat(byName.get("mrr-trend").score()).isCloseTo(62.418, within(0.001));
        // k-3 ends in 92 days: 100 * 92 / 180
        assertThat(byName.get("renewal").score()).isCloseTo(51.111, within(0.001));
        assertThat(score.score().getAsDouble()).isCloseTo(67.359, within(0.001));
        assertThat(score.band()).contains(HealthBand.YELLOW);
        assertThat(score.factors().stream().mapToDouble(FactorScore::contribution).sum())
                .isCloseTo(score.score().getAsDouble(), within(1e-9));
        assertThat(score.missing()).isEmpty();
    }

    @Test
    void anAccountWithoutDataKeepsOnlyWhatItsAbsenceSays() {
        AccountFacts facts = portfolioAsOf("2024-06-30").accounts(account("a-1", 3)).build().account("a-1")
                .orElseThrow();

        HealthScore score = DEFAULT_SCORING.score(facts, RATES);

        // coverage 0 (nobody of the required A 1, B 1, C 1) and engagement 0 (never touched): (0 + 0) / 2
        assertThat(score.score()).hasValue(0.0);
        assertThat(score.band()).contains(HealthBand.RED);
        assertThat(score.factors()).extracting(FactorScore::factor).containsExactly("coverage", "engagement");
        assertThat(score.missing()).extracting(MissingFactor::factor, MissingFactor::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple("loyalty", "no contact answered in the last 365 days"),
                org.assertj.core.groups.Tuple.tuple("decision-makers",
                        "no decision maker answered in the last 365 days"),
                org.assertj.core.groups.Tuple.tuple("tickets", "no support tickets on record"),
                org.assertj.core.groups.Tuple.tuple("mrr-trend", "no MRR on 2024-04-01 to compare with"),
                org.assertj.core.groups.Tuple.tuple("renewal", "no contract due and not yet renewed"));
    }

    @Test
    void weightZeroSwitchesABuiltInFactorOff() {
        Map<String, Double> weights = new LinkedHashMap<>(HealthParameters.defaultWeights());
        weights.put("engagement", 0.0);
        HealthScoring scoring = new HealthScoring(HealthParameters.defaults().withWeights(weights), DEFAULTS);
        AccountFacts facts = portfolioAsOf("2024-06-30").accounts(account("a-1", 3)).build().account("a-1")
                .orElseThrow();

        HealthScore score = scoring.score(facts, RATES);

        assertThat(score.factors()).extracting(FactorScore::factor).containsExactly("coverage");
        assertThat(score.missing()).extracting(MissingFactor::factor).doesNotContain("engagement");
    }

    @Test
    void mrrTrendIsClippedAndAChurnedAccountScoresZero() {
        AccountFacts grown = portfolioAsOf("2024-06-30").accounts(account("a-1", 3))
                .contracts(contract("k-1", "a-1", "2024-01-01", "100").build(),
                        contract("k-2", "a-1", "2024-06-01", "50").build())
                .build().account("a-1").orElseThrow();
        AccountFacts churned = portfolioAsOf("2024-06-30").accounts(account("a-1", 3))
                .contracts(contract("k-1", "a-1", "2024-01-01", "100").until("2024-05-31").build())
                .build().account("a-1").orElseThrow();
        MrrTrendFactor trend = new MrrTrendFactor(90, 80, 1);

        // +50 %: 80 + 50 = 130, clipped to 100
        assertThat(trend.evaluate(grown, RATES).evaluation().orElseThrow().score()).isEqualTo(100.0);
        assertThat(trend.evaluate(grown, RATES).evaluation().orElseThrow().reason())
                .isEqualTo("MRR 150 on 2024-06-30, +50.0 % against 100 on 2024-04-01");
        // -100 %: 80 - 100 = -20, clipped to 0
        assertThat(trend.evaluate(churned, RATES).evaluation().orElseThrow().score()).isZero();
    }

    private static Activity ticket(String id, String isoDate, Activity.Status status, Activity.Severity severity) {
        return new Activity(id, "a-1", null, ActivityType.SUPPORT_TICKET, noon(isoDate), null, null, status, severity);
    }
}
