package org.accountsuccess.kpi.health;

import static org.accountsuccess.kpi.Fixtures.account;
import static org.accountsuccess.kpi.Fixtures.contract;
import static org.accountsuccess.kpi.Fixtures.day;
import static org.accountsuccess.kpi.Fixtures.eurOnly;
import static org.accountsuccess.kpi.Fixtures.portfolioAsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.health.BacktestBand;
import org.accountsuccess.api.health.HealthBacktest;
import org.accountsuccess.api.health.HealthBand;
import org.accountsuccess.api.health.HealthScore;
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
        backtest.add(score(80), Outcome.RENEWED);
        backtest.add(score(60), Outcome.RENEWED);
        backtest.add(score(40), Outcome.RENEWED);
        backtest.add(score(50), Outcome.CHURNED);
        backtest.add(score(30), Outcome.CHURNED);
        backtest.add(new HealthScore("x", day("2025-01-01"), OptionalDouble.empty(), Optional.empty(), List.of(),
                List.of()), Outcome.CHURNED);

        HealthBacktest result = backtest.result();

        assertThat(result.renewed()).isEqualTo(3);
        assertThat(result.churned()).isEqualTo(2);
        assertThat(result.unscored()).isEqualTo(1);
        assertThat(result.auc()).hasValue(5.0 / 6);
        // green: 80; yellow: 60, 40, 50 (churned); red: 30 (churned)
        assertThat(result.bands()).containsExactly(new BacktestBand(HealthBand.GREEN, 1, 0),
                new BacktestBand(HealthBand.YELLOW, 3, 1), new BacktestBand(HealthBand.RED, 1, 1));
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

    private static HealthScore score(double value) {
        return new HealthScore("x", day("2025-01-01"), OptionalDouble.of(value),
                Optional.of(HealthParameters.defaults().band(value)), List.of(), List.of());
    }
}
