package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.health.FactorEvaluation;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthFactor;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.api.renewal.RenewalPipeline;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The health service on the three hand-worked accounts as of 2026-06-30 (see {@link ThreeAccounts}).
 *
 * <pre>
 * a1 Acme (tier 1): loyalty (100/9 + 100) / 2 = 55.556 (w 3); decision makers c1 10, c2 6: mean 8 -> 80 (w 2);
 *    coverage A 2/2, B 1/3, C 0/5 = 3/10 -> 30; engagement call 20 days ago, limit 30: 100 (1 - 20/60) = 66.667;
 *    tickets missing; mrr-trend 1500 on 2026-04-01 and now -> 80 (w 2); renewal k2 in 184 days -> 100.
 *    (166.667 + 160 + 30 + 66.667 + 160 + 100) / 10 = 68.333, yellow
 * a2 Beta (tier 3): loyalty A 9, C 7: 100 * 3 / 4 = 75 -> 87.5; decision makers 9 -> 90; coverage A 1, B 0, C 1
 *    of 1/1/1 -> 66.667; engagement meeting 149 days ago, limit 90: 100 (1 - 149/180) = 17.222; tickets missing;
 *    mrr-trend 450 then and now -> 80; renewal k4 in 62 days -> 34.444.
 *    (262.5 + 180 + 66.667 + 17.222 + 160 + 34.444) / 10 = 72.083, green
 * </pre>
 */
class HealthComponentTest {
    private static final LocalDate AS_OF = ThreeAccounts.AS_OF;
    private final TestHost host = ThreeAccounts.host();
    private final HealthComponent health = new HealthComponent(host.binding(), KpiParameters::defaults,
            HealthConfigs.with(Map.of("factor_timeout_ms", 200L)));

    @AfterEach
    void stop() {
        health.stop();
    }

    @Test
    void builtInFactorsWorkedByHand() {
        HealthScore acme = health.health("a1", AS_OF).orElseThrow();
        HealthScore beta = health.health("a2", AS_OF).orElseThrow();

        assertThat(acme.score().getAsDouble()).isCloseTo(68.333, within(0.001));
        assertThat(acme.band()).contains(HealthBand.YELLOW);
        assertThat(acme.missing()).extracting(MissingFactor::factor).containsExactly("tickets");
        assertThat(beta.score().getAsDouble()).isCloseTo(72.083, within(0.001));
        assertThat(beta.band()).contains(HealthBand.GREEN);
        assertThat(beta.factors()).filteredOn(f -> f.factor().equals("engagement")).singleElement()
                .extracting(FactorScore::score).isEqualTo(100 * (1 - 149.0 / 180));
        assertThat(health.health(AccountFilter.ALL, AS_OF)).extracting(HealthScore::accountId)
                .containsExactly("a1", "a2", "a3");
        assertThat(health.health("nope", AS_OF)).isEmpty();
    }

    @Test
    void aRegisteredFactorChangesTheScoreAndItsRemovalRestoresIt() {
        HealthFactor invoices = (account, asOf) -> Optional.of(new FactorEvaluation(20, "3 invoices overdue"));
        health.addFactor(invoices, Map.of(HealthFactor.NAME, "open-invoices", HealthFactor.DEFAULT_WEIGHT, 2));

        HealthScore with = health.health("a2", AS_OF).orElseThrow();
        // (720.833 + 2 * 20) / (10 + 2) = 63.403: green becomes yellow
        assertThat(with.score().getAsDouble()).isCloseTo(63.403, within(0.001));
        assertThat(with.band()).contains(HealthBand.YELLOW);
        FactorScore invoice = with.factors().get(with.factors().size() - 1);
        assertThat(invoice.factor()).isEqualTo("open-invoices");
        assertThat(invoice.weight()).isEqualTo(2.0);
        assertThat(invoice.normalisedWeight()).isCloseTo(2.0 / 12, within(1e-12));
        assertThat(invoice.contribution()).isCloseTo(40.0 / 12, within(1e-12));
        assertThat(invoice.reason()).isEqualTo("3 invoices overdue");

        health.removeFactor(invoices, Map.of(HealthFactor.NAME, "open-invoices"));
        assertThat(health.health("a2", AS_OF).orElseThrow().score().getAsDouble()).isCloseTo(72.083, within(0.001));
    }

    @Test
    void configuredWeightBeatsTheServicesOwnAndZeroSwitchesItOff() {
        HealthComponent configured = new HealthComponent(host.binding(), KpiParameters::defaults,
                HealthConfigs.with(Map.of("weights", new String[] {"open-invoices=0, loyalty=3"})));
        try {
            configured.addFactor((account, asOf) -> Optional.of(new FactorEvaluation(20, "overdue")),
                    Map.of(HealthFactor.NAME, "open-invoices", HealthFactor.DEFAULT_WEIGHT, 2));
            HealthScore beta = configured.health("a2", AS_OF).orElseThrow();
            assertThat(beta.score().getAsDouble()).isCloseTo(72.083, within(0.001));
            assertThat(beta.factors()).extracting(FactorScore::factor).doesNotContain("open-invoices");
        } finally {
            configured.stop();
        }
    }

    @Test
    void aFactorThatThrowsIsMissingWithTheReasonAndBreaksNothing() {
        health.addFactor((account, asOf) -> {
            throw new IllegalStateException("ledger offline");
        }, Map.of(HealthFactor.NAME, "open-invoices"));

        HealthScore beta = health.health("a2", AS_OF).orElseThrow();

        assertThat(beta.score().getAsDouble()).isCloseTo(72.083, within(0.001));
        assertThat(beta.missing()).contains(new MissingFactor("open-invoices", 1,
                "failed: IllegalStateException: ledger offline"));
    }

    @Test
    void aFactorThatHangsIsMissingAfterTheTimeoutOncePerCall() {
        CountDownLatch never = new CountDownLatch(1);
        int[] calls = {0};
        health.addFactor((account, asOf) -> {
            calls[0]++;
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }, Map.of(HealthFactor.NAME, "slow"));

        var all = health.health(AccountFilter.ALL, AS_OF);

        assertThat(all).allSatisfy(s -> assertThat(s.missing()).contains(new MissingFactor("slow", 1,
                "no answer within 200 ms")));
        // asked for the first account only; the other two are not kept waiting
        assertThat(calls[0]).isEqualTo(1);
        assertThat(all.get(1).score().getAsDouble()).isCloseTo(72.083, within(0.001));
    }

    @Test
    void factorsWithoutAUsableNameOrWithATakenNameAreIgnored() {
        HealthFactor f = (account, asOf) -> Optional.of(new FactorEvaluation(0, "zero"));
        health.addFactor(f, Map.of(HealthFactor.NAME, "Open Invoices"));
        health.addFactor(f, Map.of());
        health.addFactor(f, Map.of(HealthFactor.NAME, "loyalty"));

        assertThat(health.health("a2", AS_OF).orElseThrow().score().getAsDouble()).isCloseTo(72.083, within(0.001));
    }

    @Test
    void badConfigurationIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> HealthComponent.toParameters(HealthConfigs.with(Map.of("weights",
                new String[] {"loyalty=-1"})))).hasMessage("org.accountsuccess.health: 'weights' entry 'loyalty=-1'"
                        + " is not name=weight with a lower-case name and a number >= 0");
        assertThatThrownBy(() -> HealthComponent.toParameters(HealthConfigs.with(Map.of("weights",
                new String[] {"loyalty"})))).hasMessageContaining("'weights' entry 'loyalty'");
        assertThatThrownBy(() -> HealthComponent.toParameters(HealthConfigs.with(Map.of("weights",
                new String[] {"tickets=1", "tickets=2"})))).hasMessageContaining("names 'tickets' twice");
        assertThatThrownBy(() -> HealthComponent.toParameters(HealthConfigs.with(Map.of("band_green", 30.0))))
                .hasMessageContaining("org.accountsuccess.health: HealthParameters: bands need");
        assertThatThrownBy(() -> new HealthComponent(host.binding(), KpiParameters::defaults,
                HealthConfigs.with(Map.of("factor_timeout_ms", 0L)))).hasMessageContaining("'factor.timeout.ms' is 0");
        assertThat(HealthComponent.toParameters(HealthConfigs.defaults()).weights())
                .isEqualTo(org.accountsuccess.kpi.health.HealthParameters.defaultWeights());
    }

    /**
     * Rules "smb" (segment SMB, any case: loyalty weight 1, green from 75) and "tier1" (tier 1:
     * yellow from 70). Beta (smb, tier 3) takes "smb": (87.5 + 180 + 66.667 + 17.222 + 160 +
     * 34.444) / 8 = 68.229, yellow (72.083, green, by default). Acme (enterprise, tier 1) takes
     * "tier1": 68.333 as by default, but red. Gamma (smb, tier 2) takes "smb" too.
     */
    @Test
    void anAccountIsScoredWithTheRuleOfItsSegmentOrTierAndTheScoreNamesIt() {
        HealthComponent ruled = new HealthComponent(host.binding(), KpiParameters::defaults, HealthConfigs.defaults(),
                Map.of("rule.smb.segment", "SMB", "rule.smb.weights", "loyalty=1", "rule.smb.band.green", "75",
                        "rule.tier1.tier", "1", "rule.tier1.band.yellow", "70", "weights", new String[] {"loyalty=3"}));
        try {
            HealthScore beta = ruled.health("a2", AS_OF).orElseThrow();
            assertThat(beta.rule()).isEqualTo("smb");
            assertThat(beta.score().getAsDouble()).isCloseTo(68.229, within(0.001));
            assertThat(beta.band()).contains(HealthBand.YELLOW);
            HealthScore acme = ruled.health("a1", AS_OF).orElseThrow();
            assertThat(acme.rule()).isEqualTo("tier1");
            assertThat(acme.score().getAsDouble()).isCloseTo(68.333, within(0.001));
            assertThat(acme.band()).contains(HealthBand.RED);
            assertThat(ruled.health(AccountFilter.ALL, AS_OF)).extracting(HealthScore::rule)
                    .containsExactly("tier1", "smb", "smb");
            assertThat(health.health("a2", AS_OF).orElseThrow().rule()).isEqualTo(HealthScore.DEFAULT_RULE);
        } finally {
            ruled.stop();
        }
    }

    /** A rule for a segment and a tier beats one for the segment, which beats one for the tier. */
    @Test
    void theRuleNamingSegmentAndTierComesFirstThenSegmentThenTier() {
        var base = HealthComponent.toParameters(HealthConfigs.defaults());
        var rules = HealthRules.of(base, Map.of("rule.t3.tier", "3", "rule.s.segment", "smb",
                "rule.both.segment", "smb", "rule.both.tier", "3"));
        var smbTier3 = new org.accountsuccess.host.spi.Account("x", "X", null, "Smb", 3, null, null, null, null);
        var smbTier2 = new org.accountsuccess.host.spi.Account("y", "Y", null, " smb ", 2, null, null, null, null);
        var otherTier3 = new org.accountsuccess.host.spi.Account("z", "Z", null, "enterprise", 3, null, null, null, null);
        var none = new org.accountsuccess.host.spi.Account("w", "W", null, null, 1, null, null, null, null);

        assertThat(rules.ruleFor(smbTier3).name()).isEqualTo("both");
        assertThat(rules.ruleFor(smbTier2).name()).isEqualTo("s");
        assertThat(rules.ruleFor(otherTier3).name()).isEqualTo("t3");
        assertThat(rules.ruleFor(none).name()).isEqualTo(HealthScore.DEFAULT_RULE);
        assertThat(rules.ruleFor(none).parameters()).isEqualTo(base);
        assertThat(rules.ruleFor(smbTier3).parameters().weights()).isEqualTo(base.weights());
    }

    @Test
    void aBadRuleIsRefusedNamingItsProperty() {
        var base = HealthComponent.toParameters(HealthConfigs.defaults());
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.smb.segment", "smb", "rule.smb.colour", "red")))
                .hasMessageStartingWith("org.accountsuccess.health: 'rule.smb.colour': unknown setting 'colour'; a rule"
                        + " takes band.green, band.yellow, engagement.zero.at.limits, ");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.smb.segment", "smb", "rule.smb.band.green", "high")))
                .hasMessage("org.accountsuccess.health: 'rule.smb.band.green': 'high' is not a number");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.big.tier", "4")))
                .hasMessage("org.accountsuccess.health: 'rule.big.tier': '4' is not a whole number from 1 to 3");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.smb.tickets.window.days", "7.5", "rule.smb.tier", "3")))
                .hasMessage("org.accountsuccess.health: 'rule.smb.tickets.window.days': '7.5' is not a whole number from 0 up");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.smb.band.green", "80")))
                .hasMessage("org.accountsuccess.health: 'rule.smb.segment': rule 'smb' names neither a segment nor a tier"
                        + " (rule.smb.segment or rule.smb.tier)");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.a.segment", "SMB", "rule.b.segment", "smb")))
                .hasMessage("org.accountsuccess.health: rules 'a' and 'b' are both for segment 'smb'; keep one");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.smb.segment", "smb", "rule.smb.weights", "loyalty=x")))
                .hasMessage("org.accountsuccess.health: 'rule.smb.weights' entry 'loyalty=x' is not name=weight with a"
                        + " lower-case name and a number >= 0");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.smb.segment", "smb", "rule.smb.band.yellow", "90")))
                .hasMessageStartingWith("org.accountsuccess.health: rule 'smb': HealthParameters: bands need");
        assertThatThrownBy(() -> HealthRules.of(base, Map.of("rule.Big.tier", "1")))
                .hasMessageStartingWith("org.accountsuccess.health: 'rule.Big.tier': a rule's name is lower-case");
        assertThatThrownBy(() -> new HealthComponent(host.binding(), KpiParameters::defaults, HealthConfigs.defaults(),
                Map.of("rule.x.tier", "0"))).hasMessageContaining("'rule.x.tier'");
    }

    @Test
    void trendAtMonthEnds() {
        var trend = health.trend("a2", AS_OF, 3).orElseThrow();

        assertThat(trend).extracting(HealthScore::asOf).containsExactly(LocalDate.parse("2026-04-30"),
                LocalDate.parse("2026-05-31"), AS_OF);
        assertThat(trend.get(2)).isEqualTo(health.health("a2", AS_OF).orElseThrow());
        // 2026-04-30: no response yet from c6 (2026-06-01) or c7 (2026-06-10): loyalty missing
        assertThat(trend.get(0).missing()).extracting(MissingFactor::factor).contains("loyalty", "decision-makers");
        assertThat(health.trend("nope", AS_OF, 3)).isEmpty();
        assertThatThrownBy(() -> health.trend("a2", AS_OF, 0)).hasMessageContaining("at least 1 month");
    }

    @Test
    void backtestOnThePastDay() {
        // a1 has k2 due 2026-12-31 and MRR 300 (k3) on 2027-06-30: renewed; a2's k4 ends 2026-08-31, MRR 0 then:
        // churned; a3 pays nothing on 2026-06-30: no outcome. The renewed account scored 68.333 < 72.083: AUC 0
        HealthBacktest backtest = health.backtest(AS_OF, AS_OF.plusDays(365), AccountFilter.ALL);

        assertThat(backtest.renewed()).isEqualTo(1);
        assertThat(backtest.churned()).isEqualTo(1);
        assertThat(backtest.unscored()).isZero();
        assertThat(backtest.auc()).hasValue(0.0);
        assertThat(backtest.bands()).extracting(b -> b.band() + ":" + b.accounts() + "/" + b.churned())
                .containsExactly("GREEN:1/1", "YELLOW:1/0", "RED:0/0");
        assertThat(backtest.bands().get(0).meanScore().getAsDouble()).isCloseTo(72.083, within(1e-3));
        assertThat(backtest.bands().get(0).renewalRate()).hasValue(0.0);
        assertThat(backtest.bands().get(2).meanScore()).isEmpty();
        // nobody red: precision undefined, recall 0 of 1, no lead time
        assertThat(backtest.red().precision()).isEmpty();
        assertThat(backtest.red().recall()).hasValue(0.0);
        assertThat(backtest.red().medianLeadDays()).isEmpty();
        // the riskiest decile, ceil(2 / 10) = 1: a1 (68.333), renewed: churn 0 against 1 / 2, lift 0
        assertThat(backtest.riskiestDecile().lift()).hasValue(0.0);
        assertThat(backtest.weightsNote()).startsWith("no suggestion");
        assertThat(backtest.weights()).extracting(w -> w.factor() + "=" + w.configured()).contains("loyalty=3.0",
                "mrr-trend=2.0");
    }

    @Test
    void pipelineRiskiestFirstWithHealthAndDecisionMakers() {
        RenewalPipelineComponent pipeline = new RenewalPipelineComponent(host.binding(), KpiParameters::defaults,
                health, HealthConfigs.defaults());

        // default 120 days: up to 2026-10-28, only a2's k4 (2026-08-31)
        RenewalPipeline near = pipeline.pipeline(AS_OF, OptionalInt.empty(), AccountFilter.ALL);
        assertThat(near.last()).isEqualTo(LocalDate.parse("2026-10-28"));
        assertThat(near.entries()).extracting(e -> e.contract().id()).containsExactly("k4");

        // 200 days: up to 2027-01-16, a1's k2 too; a1 is yellow (68.3), a2 green (72.1): a1 first
        RenewalPipeline far = pipeline.pipeline(AS_OF, OptionalInt.of(200), AccountFilter.ALL);
        assertThat(far.entries()).extracting(e -> e.contract().id()).containsExactly("k2", "k4");
        var k2 = far.entries().get(0);
        assertThat(k2.band()).contains(HealthBand.YELLOW);
        // decision makers c1 10 (promoter) and c2 6 (detractor): NPS 0, passive
        assertThat(k2.decisionMakers()).isEqualTo(LoyaltyClass.PASSIVE);
        assertThat(k2.arrAtStake()).isEqualByComparingTo("14400");
        assertThat(far.entries().get(1).decisionMakers()).isEqualTo(LoyaltyClass.PROMOTER);
        // 12 * 1200 + 12 * 450
        assertThat(far.arrAtStake()).isEqualByComparingTo("19800");
    }
}
