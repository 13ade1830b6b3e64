package org.accountsuccess.kpi.health;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.DecileLift;
import org.accountsuccess.api.health.FactorScore;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.api.health.MissingFactor;
import org.accountsuccess.api.health.RedFlags;
import org.accountsuccess.api.health.SuggestedWeight;
import org.accountsuccess.kpi.account.AccountPortfolio;
import org.accountsuccess.kpi.health.Backtest.Outcome;
import org.junit.jupiter.api.Test;

/** The AUC (Mann-Whitney) of the health score against what happened, and which accounts have an outcome. */
class BacktestTest {

    @Test
    void aucCountsTheRenewedAccountsThatScoredHigher() {
        // pairs won: 80 > 50, 30; 60 > 50, 30; 40 > 30 only: 5 of 3 * 2 = 6
        assertThat(Backtest.auc(List.of(80.0, 60.0, 40.0), List.of(50.0, 30.0))).hasValue(5.0 / 6);
        // a tie counts one half
        assertThat(Backtest.auc(List.of(50.0), List.of(50.0))).hasValue(0.5);
        assertThat(Backtest.auc(List.of(80.0), List.of())).isEmpty();
        assertThat(Backtest.auc(List.of(), List.of(10.0))).isEmpty();
    }

    @Test
    void resultByBandWithUnscoredAccountsLeftOutOfTheAuc() {
        Backtest backtest = new Backtest(day("2025-01-01"), day("2026-01-01"));
        backtest.add(score(80), Outcome.RENEWED, day("2025-06-30"));
        backtest.add(score(60), Outcome.RENEWED, day("2025-06-30"));
        backtest.add(score(40), Outcome.RENEWED, day("2025-06-30"));
        backtest.add(score(50), Outcome.CHURNED, day("2025-12-31"));
        backtest.add(score(30), Outcome.CHURNED, day("2025-04-01"));
        backtest.add(new HealthScore("x", day("2025-01-01"), OptionalDouble.empty(), Optional.empty(), List.of(),
                List.of()), Outcome.CHURNED, day("2025-02-01"));

        HealthBacktest result = backtest.result();

        assertThat(result.renewed()).isEqualTo(3);
        assertThat(result.churned()).isEqualTo(2);
        assertThat(result.unscored()).isEqualTo(1);
        assertThat(result.auc()).hasValue(5.0 / 6);
        // green: 80; yellow: 60, 40, 50 (churned), mean 50, 2 of 3 renewed; red: 30 (churned)
        assertThat(result.bands()).containsExactly(
                new BacktestBand(HealthBand.GREEN, 1, 0, OptionalDouble.of(80), OptionalDouble.of(1)),
                new BacktestBand(HealthBand.YELLOW, 3, 1, OptionalDouble.of(50), OptionalDouble.of(2.0 / 3)),
                new BacktestBand(HealthBand.RED, 1, 1, OptionalDouble.of(30), OptionalDouble.of(0)));
        // red: 1 account, churned; of the 2 churned, 1 was red; 2025-01-01 to 2025-04-01 is 90 days
        assertThat(result.red()).isEqualTo(new RedFlags(1, 1, 2, OptionalDouble.of(1), OptionalDouble.of(0.5),
                OptionalDouble.of(90)));
        // riskiest decile: ceil(5 / 10) = 1 account, the 30, churned: 1.0 against 2 / 5, lift 2.5
        assertThat(result.riskiestDecile()).isEqualTo(new DecileLift(1, 1, OptionalDouble.of(1),
                OptionalDouble.of(0.4), OptionalDouble.of(2.5)));
        assertThat(result.weightsNote()).startsWith("no suggestion: it needs at least 10 accounts of the default rule");
    }

    @Test
    void suggestedWeightsFollowTheFactorThatSeparatesAndAreNeverApplied() {
        // five renewed with loyalty 100, five churned with loyalty 0, tickets 50 for all: tickets tell
        // nothing (its coefficient is 0, the intercept takes the constant), so loyalty gets the whole
        // configured total 3 + 1 = 4. The renewal factor, as loyalty here, is left out (it sees later
        // renewals), and so is coverage, which no account has. Scores: (3 * 100 + 50 + 100) / 5 = 90
        // green, (0 + 50 + 0) / 5 = 10 red
        Backtest backtest = new Backtest(day("2025-01-01"), day("2026-01-01"));
        for (int i = 0; i < 10; i++) {
            boolean renews = i < 5;
            backtest.add(twoFactors("a" + i, renews ? 100 : 0, 50), renews ? Outcome.RENEWED : Outcome.CHURNED,
                    day("2025-03-02").plusDays(i));
        }
        // an account of another rule (its own weights) is in the other figures, not in the suggestion
        backtest.add(new HealthScore("smb-1", day("2025-01-01"), OptionalDouble.of(100),
                Optional.of(HealthBand.GREEN), List.of(new FactorScore("loyalty", 100, 9, 1, 100, "NPS")), List.of(),
                "smb"), Outcome.CHURNED, day("2025-06-30"));

        HealthBacktest result = backtest.result();

        assertThat(result.weightsNote()).startsWith(
                "logistic regression of renewed on the factor scores of the 10 accounts of the default rule");
        assertThat(result.weights()).extracting(SuggestedWeight::factor).containsExactly("loyalty", "tickets",
                "renewal", "coverage");
        assertThat(result.weights()).extracting(SuggestedWeight::configured).containsExactly(3.0, 1.0, 1.0, 1.0);
        assertThat(result.weights().get(2).suggested()).isEmpty();
        assertThat(result.weights().get(3).coefficient()).isEmpty();
        assertThat(result.weights().get(0).coefficient().getAsDouble()).isPositive();
        assertThat(result.weights().get(0).suggested().getAsDouble()).isCloseTo(4, within(1e-9));
        assertThat(result.weights().get(1).suggested().getAsDouble()).isCloseTo(0, within(1e-9));
        // red: the five churned of the default rule, all red: precision 5 / 5, recall 5 / 6 (smb-1 was green);
        // lead days 65..69 (2025-03-07 .. 2025-03-11), median 67
        assertThat(result.red()).isEqualTo(new RedFlags(5, 5, 6, OptionalDouble.of(1), OptionalDouble.of(5.0 / 6),
                OptionalDouble.of(67)));
        // the riskiest decile: ceil(11 / 10) = 2 accounts of 10 (a5, a6), churned; lift 1 / (6 / 11)
        assertThat(result.riskiestDecile().lift().getAsDouble()).isCloseTo(11.0 / 6, within(1e-12));
    }

    @Test
    void theHorizonMustEndAfterTheDay() {
        assertThatThrownBy(() -> new Backtest(day("2025-01-01"), day("2025-01-01")))
                .hasMessageContaining("must be after 2025-01-01");
    }

    @Test
    void anAccountHasAnOutcomeWhenItPaidAndHadAContractDueInTheHorizon() {
        AccountPortfolio portfolio = portfolioAsOf("2025-01-01")
                .accounts(account("renews", 3), account("churns", 3), account("nothing-due", 3),
                        account("not-paying", 3))
                .contracts(contract("k-1", "renews", "2024-01-01", "100").until("2025-06-30").build(),
                        contract("k-2", "renews", "2025-07-01", "90").until("2026-06-30").renews("k-1").build(),
                        contract("k-3", "churns", "2024-01-01", "100").until("2025-06-30").build(),
                        contract("k-4", "nothing-due", "2024-01-01", "100").build(),
                        contract("k-5", "not-paying", "2025-03-01", "100").until("2025-09-30").build())
                .build();
        var until = day("2026-01-01");

        assertThat(Backtest.outcome(portfolio.account("renews").orElseThrow(), until, eurOnly()))
                .contains(Outcome.RENEWED);
        assertThat(Backtest.outcome(portfolio.account("churns").orElseThrow(), until, eurOnly()))
                .contains(Outcome.CHURNED);
        assertThat(Backtest.outcome(portfolio.account("nothing-due").orElseThrow(), until, eurOnly())).isEmpty();
        assertThat(Backtest.outcome(portfolio.account("not-paying").orElseThrow(), until, eurOnly())).isEmpty();
    }

    private static HealthScore twoFactors(String accountId, double loyalty, double tickets) {
        double value = (3 * loyalty + tickets + loyalty) / 5;
        return new HealthScore(accountId, day("2025-01-01"), OptionalDouble.of(value),
                Optional.of(HealthParameters.defaults().band(value)),
                List.of(new FactorScore("loyalty", loyalty, 3, 0.6, 0.6 * loyalty, "NPS"),
                        new FactorScore("tickets", tickets, 1, 0.2, 0.2 * tickets, "tickets"),
                        new FactorScore("renewal", loyalty, 1, 0.2, 0.2 * loyalty, "renewal")),
                List.of(new MissingFactor("coverage", 1, "no contacts")));
    }

    private static HealthScore score(double value) {
        return new HealthScore("x", day("2025-01-01"), OptionalDouble.of(value),
                Optional.of(HealthParameters.defaults().band(value)), List.of(), List.of());
    }
}
