package org.accountsuccess.kpi.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.accountsuccess.api.revenue.Cohort;
import org.accountsuccess.api.revenue.CohortGrain;
import org.accountsuccess.api.revenue.CohortPeriod;
import org.accountsuccess.api.revenue.CohortTable;
import org.junit.jupiter.api.Test;

/** The cohorts of {@link FourAccountsRevenue} up to 2025-05-31, worked by hand. */
class CohortsTest {
    private static final LocalDate AS_OF = LocalDate.parse("2025-05-31");

    private static CohortTable table(CohortGrain grain, String from) {
        return new Cohorts(FourAccountsRevenue.book(), grain).table(FourAccountsRevenue.ACCOUNTS.keySet(),
                LocalDate.parse(from), AS_OF, "EUR");
    }

    @Test
    void monthlyCohortsByTheMonthOfFirstMrr() {
        // first MRR: c 2024-06-01; a and b 2025-01-01; d 2025-03-10
        CohortTable table = table(CohortGrain.MONTH, "2024-06-15");

        assertThat(table.from()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(table.cohorts()).extracting(Cohort::key).containsExactly("2024-06", "2025-01", "2025-03");
        assertThat(table.cohorts()).extracting(Cohort::accounts).containsExactly(1, 2, 1);
    }

    @Test
    void theJanuaryCohortLosesB() {
        Cohort january = table(CohortGrain.MONTH, "2024-06-01").cohorts().get(1);

        // start a 100 + b 200; measured 01-31, 02-28, 03-31, 04-30, 05-31
        assertThat(january.startMrr()).isEqualByComparingTo("300");
        assertThat(january.periods()).extracting(CohortPeriod::day).containsExactly(LocalDate.parse("2025-01-31"),
                LocalDate.parse("2025-02-28"), LocalDate.parse("2025-03-31"), LocalDate.parse("2025-04-30"), AS_OF);
        assertThat(january.periods()).extracting(CohortPeriod::retainedLogos).containsExactly(2, 2, 1, 1, 1);
        // from March a alone with 150: NRR 150 / 300, logos 1 of 2
        CohortPeriod march = january.periods().get(2);
        assertThat(march.mrr()).isEqualByComparingTo("150");
        assertThat(march.nrr()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(march.logoRetention()).hasValueCloseTo(0.5, within(1e-12));
        assertThat(january.periods().get(0).nrr()).hasValue(1.0);
    }

    @Test
    void aReactivatedAccountCountsAgainInItsFirstCohort() {
        Cohort june = table(CohortGrain.MONTH, "2024-06-01").cohorts().get(0);

        // 12 complete months 2024-06 .. 2025-05; c pays 80 to 2024-12, nothing in Jan and Feb, 80 from March
        assertThat(june.periods()).hasSize(12);
        assertThat(june.periods()).extracting(p -> p.logoRetention().getAsDouble())
                .containsExactly(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0);
    }

    @Test
    void theMarchCohortContractsInMay() {
        Cohort march = table(CohortGrain.MONTH, "2024-06-01").cohorts().get(2);

        // d starts 2025-03-10 with 60; May 40: NRR 40 / 60, still one logo
        assertThat(march.startMrr()).isEqualByComparingTo("60");
        assertThat(march.periods()).extracting(p -> p.nrr().getAsDouble()).hasSize(3)
                .satisfiesExactly(n -> assertThat(n).isEqualTo(1.0), n -> assertThat(n).isEqualTo(1.0),
                        n -> assertThat(n).isCloseTo(40.0 / 60, within(1e-12)));
        assertThat(march.periods().get(2).logoRetention()).hasValue(1.0);
    }

    @Test
    void quarterlyCohortsOnlyCountCompleteQuarters() {
        // from 2025-01-01: c started before; 2025-Q1 = a, b, d with 100 + 200 + 60 = 360
        CohortTable table = table(CohortGrain.QUARTER, "2025-02-10");

        assertThat(table.from()).isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(table.cohorts()).singleElement().satisfies(q1 -> {
            assertThat(q1.key()).isEqualTo("2025-Q1");
            assertThat(q1.accounts()).isEqualTo(3);
            assertThat(q1.startMrr()).isEqualByComparingTo("360");
            // 2025-03-31: a 150 + d 60 = 210, b gone; Q2 ends after the as-of day
            assertThat(q1.periods()).singleElement().satisfies(p -> {
                assertThat(p.day()).isEqualTo(LocalDate.parse("2025-03-31"));
                assertThat(p.logoRetention()).hasValueCloseTo(2.0 / 3, within(1e-12));
                assertThat(p.nrr()).hasValueCloseTo(210.0 / 360, within(1e-12));
            });
        });
    }
}
