package org.accountsuccess.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.accountsuccess.benchmarks.tenant.TenantSize;
import org.junit.jupiter.api.Test;

/** The benchmarks measure real work: on size S every call answers figures over the whole tenant. */
class CoreServicesBenchmarkTest {

    @Test
    void everyBenchmarkAnswersFiguresOverTheTenant() {
        CoreServicesBenchmark benchmark = new CoreServicesBenchmark();
        benchmark.size = TenantSize.S;
        benchmark.path = "index";
        benchmark.generateTenant();

        assertThat(benchmark.portfolioScorecards()).hasSize(TenantSize.S.accounts());
        assertThat(benchmark.accountScorecard()).isPresent();
        assertThat(benchmark.accountScorecard().orElseThrow().account().id())
                .as("the next call scores the next account").isNotEqualTo("a-0");
        assertThat(benchmark.npsPerResponse().n()).isGreaterThan(TenantSize.S.responses() / 3);
        assertThat(benchmark.npsPerContact().n()).isBetween(TenantSize.S.contacts() / 2, TenantSize.S.contacts());
        assertThat(benchmark.retentionOverAYear().cohort()).isGreaterThan(TenantSize.S.accounts() / 2);
    }
}
