package org.accountsuccess.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.accountsuccess.api.AccountDimension;
import org.accountsuccess.api.AccountFilter;
import org.accountsuccess.api.Cut;
import org.accountsuccess.api.retention.RetentionReport;
import org.accountsuccess.host.spi.DateWindow;
import org.accountsuccess.kpi.KpiParameters;
import org.junit.jupiter.api.Test;

class RetentionAndRenewalComponentTest {
    private static final DateWindow H1 = new DateWindow(LocalDate.parse("2026-01-01"), ThreeAccounts.AS_OF);
    private final TestHost host = ThreeAccounts.host();
    private final RetentionComponent retention = new RetentionComponent(host.binding(), KpiParameters::defaults);
    private final RenewalComponent renewals = new RenewalComponent(host.binding(), KpiParameters::defaults);

    @Test
    void retentionOverTheFirstHalfOf2026() {
        // d0: a1 1200 (k2), a2 450, a3 200 -> start 1850; d1: a1 1500 (+300 k3), a2 450, a3 0 (churned)
        RetentionReport report = retention.retention(H1, AccountFilter.ALL);
        assertThat(report.cohort()).isEqualTo(3);
        assertThat(report.startMrr()).isEqualByComparingTo("1850");
        assertThat(report.endMrr()).isEqualByComparingTo("1950");
        assertThat(report.expansion()).isEqualByComparingTo("300");
        assertThat(report.contraction()).isEqualByComparingTo("0");
        assertThat(report.churned()).isEqualByComparingTo("200");
        assertThat(report.newMrr()).isEqualByComparingTo("0");
        assertThat(report.grr().getAsDouble()).isCloseTo(1650.0 / 1850, within(1e-9));
        assertThat(report.nrr().getAsDouble()).isCloseTo(1950.0 / 1850, within(1e-9));
        assertThat(report.netRevenueChurn().getAsDouble()).isCloseTo(1 - 1950.0 / 1850, within(1e-9));
        assertThat(report.logoRetention().getAsDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(retention.mrrAt(ThreeAccounts.AS_OF, AccountFilter.ALL)).isEqualByComparingTo("1950");
    }

    @Test
    void aRepSeesTheRetentionOfTheirAccountsOnly() {
        // rep1: a1 and a3 -> start 1400, churned 200, expansion 300
        RetentionReport report = retention.retention(H1, new AccountFilter(null, null, null, "rep1"));
        assertThat(report.startMrr()).isEqualByComparingTo("1400");
        assertThat(report.nrr().getAsDouble()).isCloseTo(1500.0 / 1400, within(1e-9));
    }

    @Test
    void retentionCutBySegmentAndByLoyaltyClassAtThePeriodStart() {
        assertThat(retention.retentionBy(H1, AccountFilter.ALL, AccountDimension.SEGMENT))
                .extracting(Cut::key).containsExactly("enterprise", "smb");
        // as of 2026-01-01 (lookback 2025-01-02..2026-01-01): a1 has c1's score 3 only (A detractor) -> detractor;
        // a2 and a3 have no response yet -> non-responders
        var byClass = retention.retentionBy(H1, AccountFilter.ALL, AccountDimension.LOYALTY_CLASS);
        assertThat(byClass).extracting(Cut::key).containsExactly("DETRACTOR", "NON_RESPONDER");
        assertThat(byClass.get(1).report().churned()).isEqualByComparingTo("200");
    }

    @Test
    void renewalsDueAroundTheTurnOfTheYear() {
        // due: k1 (2025-12-31, renewed by k2, auto-renew) and k5 (2026-03-31, not renewed)
        var report = renewals.renewals(new DateWindow(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-03-31")),
                AccountFilter.ALL);
        assertThat(report.due()).isEqualTo(2);
        assertThat(report.renewed()).isEqualTo(1);
        assertThat(report.rateCount().getAsDouble()).isCloseTo(0.5, within(1e-12));
        assertThat(report.rateValue().getAsDouble()).isCloseTo(1000.0 / 1200, within(1e-9));
        assertThat(report.autoRenewShare().getAsDouble()).isCloseTo(1.0, within(1e-12));
        assertThat(report.contracts()).extracting(d -> d.contract().id() + ":" + d.renewedBy())
                .containsExactly("k1:k2", "k5:null");
        assertThat(renewals.renewalsBy(new DateWindow(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-03-31")),
                AccountFilter.ALL, AccountDimension.TIER)).extracting(Cut::key).containsExactly("1", "2");
    }

    @Test
    void nothingDueGivesUndefinedRates() {
        var report = renewals.renewals(new DateWindow(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-31")),
                AccountFilter.ALL);
        assertThat(report.due()).isZero();
        assertThat(report.rateCount()).isEmpty();
        assertThat(report.rateValue()).isEmpty();
        assertThat(report.autoRenewShare()).isEmpty();
        assertThat(host.openStreams).hasValue(0);
    }
}
