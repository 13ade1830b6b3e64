package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.MrrMovement;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

/**
 * Movements and cohorts through the service: a (Enterprise) pays 100 from 2025-01-01; b (SMB)
 * 200 from 2025-01-01 to 2025-02-28, then its contract is renewed by a's k3 at 250 from
 * 2025-03-01 (a renewal booked on another account); c (SMB) 80 from 2025-03-01.
 */
class RevenueComponentTest {
    private final TestHost host = new TestHost();
    private final RevenueComponent revenue;

    RevenueComponentTest() {
        host.account("a", "Alpha", "rep1", "Enterprise", 1, null);
        host.account("b", "Beta", "rep2", "SMB", 3, null);
        host.account("c", "Gamma", "rep2", "SMB", 3, null);
        host.contract("k1", "a", "2025-01-01", null, "100", false, null);
        host.contract("k2", "b", "2025-01-01", "2025-02-28", "200", false, null);
        host.contract("k3", "a", "2025-03-01", null, "250", false, "k2");
        host.contract("k4", "c", "2025-03-01", null, "80", false, null);
        revenue = new RevenueComponent(host.binding(), KpiParameters::defaults);
    }

    @Test
    void marchMovesBsRevenueToAAndGainsC() {
        // [2025-02-28, 2025-03-31]: a 100 -> 350 (expansion 250), b 200 -> 0 (churned), c new 80
        var march = revenue.movements(YearMonth.of(2025, 1), YearMonth.of(2025, 3), AccountFilter.ALL).months().get(2);
        assertThat(march.expansion()).isEqualByComparingTo("250");
        assertThat(march.churned()).isEqualByComparingTo("200");
        assertThat(march.newMrr()).isEqualByComparingTo("80");
        // (80 + 250) / 200
        assertThat(march.quickRatio()).hasValue(1.65);
        assertThat(revenue.accounts(YearMonth.of(2025, 3), MrrMovement.CHURNED, AccountFilter.ALL))
                .extracting(m -> m.accountId() + " " + m.amount().toPlainString()).containsExactly("b 200");
    }

    @Test
    void aRepSeesTheMovementsOfTheirAccounts() {
        AccountFilter rep2 = AccountFilter.ALL.withAccountIds(Set.of("b", "c"));
        var march = revenue.movements(YearMonth.of(2025, 3), YearMonth.of(2025, 3), rep2).months().get(0);
        assertThat(march.expansion()).isEqualByComparingTo("0");
        assertThat(march.churned()).isEqualByComparingTo("200");
        assertThat(revenue.accounts(YearMonth.of(2025, 3), null, rep2)).extracting(m -> m.accountId())
                .containsExactly("b", "c");
    }

    @Test
    void cohortsCutBySegment() {
        LocalDate from = LocalDate.parse("2025-01-01");
        LocalDate asOf = LocalDate.parse("2025-03-31");
        var bySegment = revenue.cohortsBy(from, asOf, CohortGrain.MONTH, AccountFilter.ALL, AccountDimension.SEGMENT);

        assertThat(bySegment).extracting(Cut::key).containsExactly("Enterprise", "SMB");
        // SMB: b (2025-01) and c (2025-03); b's cohort has lost b by March
        var smb = bySegment.get(1).report();
        assertThat(smb.cohorts()).extracting(c -> c.key()).containsExactly("2025-01", "2025-03");
        assertThat(smb.cohorts().get(0).periods()).extracting(p -> p.retainedLogos()).containsExactly(1, 1, 0);
        // Enterprise: a from 100 to 350: NRR 3.5 in March
        assertThat(bySegment.get(0).report().cohorts().get(0).periods().get(2).nrr()).hasValue(3.5);
        assertThat(revenue.cohorts(from, asOf, CohortGrain.QUARTER, AccountFilter.ALL).cohorts())
                .singleElement().extracting(c -> c.accounts()).isEqualTo(3);
        assertThatIllegalArgumentException().isThrownBy(() -> revenue.cohortsBy(from, asOf, CohortGrain.MONTH,
                AccountFilter.ALL, AccountDimension.LOYALTY_CLASS));
    }
}
