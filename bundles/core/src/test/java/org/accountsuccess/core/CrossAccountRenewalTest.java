package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.Set;

import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, through the services: child C's contract C-K1 renewed by parent P's P-K2
 * ({@code renewal_of = C-K1}), as of 2025-12-01. Before the fix only the renewal rates saw the
 * renewal: the pipeline listed C-K1 with 1,200 ARR at stake, C's scorecard showed it as the next
 * renewal and C's health gave the renewal factor 16.7 (30 days of 180).
 */
class CrossAccountRenewalTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-12-01");
    private final TestHost host = new TestHost();
    private final HealthComponent health;

    CrossAccountRenewalTest() {
        host.account("P", "Parent", "rep1", "Enterprise", 1, null);
        host.account("C", "Child", "rep2", "SMB", 3, null);
        host.contract("C-K1", "C", "2025-01-01", "2025-12-31", "100.00", false, null);
        host.contract("P-K2", "P", "2026-01-01", "2026-12-31", "100.00", false, "C-K1");
        health = new HealthComponent(host.binding(), KpiParameters::defaults, HealthConfigs.defaults());
    }

    @Test
    void theRenewalRatesCountItRenewed() {
        var report = new RenewalComponent(host.binding(), KpiParameters::defaults)
                .renewals(new DateWindow(LocalDate.parse("2025-12-01"), LocalDate.parse("2025-12-31")),
                        AccountFilter.ALL);

        assertThat(report.contracts()).extracting(d -> d.contract().id() + ":" + d.renewedBy())
                .containsExactly("C-K1:P-K2");
    }

    @Test
    void thePipelineDoesNotListIt() {
        var pipeline = new RenewalPipelineComponent(host.binding(), KpiParameters::defaults, health,
                HealthConfigs.defaults());

        assertThat(pipeline.pipeline(AS_OF, OptionalInt.empty(), AccountFilter.ALL).entries()).isEmpty();
        // a rep who sees only the child: the parent's renewal is still read
        AccountFilter childOnly = AccountFilter.ALL.withAccountIds(Set.of("C"));
        assertThat(pipeline.pipeline(AS_OF, OptionalInt.empty(), childOnly).entries()).isEmpty();
    }

    @Test
    void theChildsScorecardHasNoNextRenewalAndItsHealthNoRenewalFactor() {
        var scorecards = new ScorecardComponent(host.binding(), KpiParameters::defaults, health);

        assertThat(scorecards.scorecard("C", AS_OF).orElseThrow().nextRenewal()).isEmpty();
        assertThat(health.health("C", AS_OF).orElseThrow().missing()).extracting(m -> m.factor())
                .contains("renewal");
    }

    @Test
    void theMrrMovesToTheParentWhenTheRenewalStarts() {
        var retention = new RetentionComponent(host.binding(), KpiParameters::defaults);
        var turnOfTheYear = new DateWindow(LocalDate.parse("2025-12-31"), LocalDate.parse("2026-01-31"));

        // C 100 on 2025-12-31, 0 on 2026-01-31 (churned); P new with 100: the tenant keeps 100
        var report = retention.retention(turnOfTheYear, AccountFilter.ALL);
        assertThat(report.churned()).isEqualByComparingTo("100");
        assertThat(report.newMrr()).isEqualByComparingTo("100");
        assertThat(retention.mrrAt(LocalDate.parse("2026-01-31"), AccountFilter.ALL)).isEqualByComparingTo("100");
    }
}
