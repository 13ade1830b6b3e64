package org.accountsuccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.junit.jupiter.api.Test;

/**
 * Every analytics benchmark runs once on size S (the smallest tenant) and answers figures over the
 * whole tenant, so the benchmarks cannot rot unnoticed.
 */
class AnalyticsBenchmarkTest {

    @Test
    void everyBenchmarkAnswersFiguresOverTheTenant() {
        AnalyticsBenchmark benchmark = new AnalyticsBenchmark();
        benchmark.size = TenantSize.S;
        benchmark.path = "index";
        benchmark.generateTenant();
        int accounts = TenantSize.S.accounts();

        assertThat(benchmark.portfolioHealth()).hasSize(accounts)
                .filteredOn(h -> h.score().isPresent()).hasSizeGreaterThan(accounts / 2);
        String first = benchmark.accountHealth().orElseThrow().accountId();
        assertThat(benchmark.accountHealth().orElseThrow().accountId())
                .as("the next call scores the next account").isNotEqualTo(first);
        var backtest = benchmark.healthBacktest();
        assertThat(backtest.renewed() + backtest.churned()).isGreaterThan(accounts / 10);
        assertThat(backtest.auc()).isPresent();
        assertThat(benchmark.renewalPipeline().entries()).isNotEmpty();
        assertThat(benchmark.successMatrix().plotted()).isGreaterThan(accounts / 2);
        assertThat(benchmark.lifecycle().accounts()).isGreaterThan(accounts / 2);
        var movements = benchmark.climbersAndFallers();
        assertThat(movements.contactClimbers().size() + movements.contactFallers().size()).isPositive();
        assertThat(benchmark.drivers().responses()).isGreaterThan(TenantSize.S.responses() / 3);
        var simulation = benchmark.simulation();
        assertThat(simulation.baseline()).isPresent();
        assertThat(simulation.projection()).isPresent();
        assertThat(simulation.arr().signum()).isPositive();
    }
}
