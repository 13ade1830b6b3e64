package org.accountsuccess.kpi;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.accountsuccess.host.spi.Role;

/**
 * Every threshold and weight of metrics.md, with the documented defaults ({@link #defaults()}).
 *
 * @param zone the tenant's time zone: a timestamp belongs to the date it falls on there
 * @param baseCurrency the currency figures are reported in when the host has no rate table
 * @param lookbackDays the days of responses that give a contact or account its class
 * @param weightA role weight of decision makers in account NPS
 * @param weightB role weight of influencers
 * @param weightC role weight of users
 * @param promoterAccountThreshold account NPS at or above which an account is a promoter account
 * @param detractorAccountThreshold account NPS below which an account is a detractor account
 * @param confidenceZ the normal quantile of the intervals and of the significance test
 * @param coverage per tier (index 0 is tier 1), the contacts a healthy account needs per role
 * @param gapLimitDays per tier (index 0 is tier 1), the days without a meaningful touch that are a gap
 * @param overContactThreshold the most outbound marketing emails in the window that are not over-contact
 * @param overContactWindowDays the window of the over-contact check
 * @param anonymityFloor the fewest responses an eNPS group needs to be shown
 * @param lifecycleHeadShare the share of the total ARR the head of the lifecycle (Pareto) view reaches
 */
public record KpiParameters(ZoneId zone, String baseCurrency, int lookbackDays, double weightA, double weightB,
        double weightC, double promoterAccountThreshold, double detractorAccountThreshold, double confidenceZ,
        List<CoverageRequirement> coverage, List<Integer> gapLimitDays, int overContactThreshold,
        int overContactWindowDays, int anonymityFloor, double lifecycleHeadShare) {

    /**
     * The contacts per role that a healthy account of one tier needs.
     *
     * @param a decision makers
     * @param b influencers
     * @param c users
     */
    public record CoverageRequirement(int a, int b, int c) {
        public CoverageRequirement {
            if (a < 0 || b < 0 || c < 0) {
                throw new IllegalArgumentException("CoverageRequirement: negative count in " + a + "/" + b + "/" + c);
            }
        }

        public int of(Role role) {
            return switch (role) {
                case A -> a;
                case B -> b;
                case C -> c;
            };
        }
    }

    public KpiParameters {
        Objects.requireNonNull(zone, "KpiParameters: 'zone' is required");
        Objects.requireNonNull(baseCurrency, "KpiParameters: 'baseCurrency' is required");
        positive("lookbackDays", lookbackDays);
        if (!(weightA >= 0 && weightB >= 0 && weightC >= 0) || weightA + weightB + weightC == 0) {
            throw new IllegalArgumentException("KpiParameters: role weights " + weightA + "/" + weightB + "/"
                    + weightC + " must be >= 0 and not all 0");
        }
        if (!(detractorAccountThreshold <= promoterAccountThreshold)) {
            throw new IllegalArgumentException("KpiParameters: detractorAccountThreshold " + detractorAccountThreshold
                    + " is above promoterAccountThreshold " + promoterAccountThreshold);
        }
        if (!(confidenceZ > 0)) {
            throw new IllegalArgumentException("KpiParameters: 'confidenceZ' is " + confidenceZ + ", must be > 0");
        }
        coverage = List.copyOf(coverage);
        gapLimitDays = List.copyOf(gapLimitDays);
        if (coverage.size() != 3 || gapLimitDays.size() != 3) {
            throw new IllegalArgumentException("KpiParameters: 'coverage' and 'gapLimitDays' need one entry per tier 1, 2, 3");
        }
        gapLimitDays.forEach(d -> positive("gapLimitDays", d));
        if (overContactThreshold < 0) {
            throw new IllegalArgumentException("KpiParameters: 'overContactThreshold' is " + overContactThreshold
                    + ", must be >= 0");
        }
        positive("overContactWindowDays", overContactWindowDays);
        positive("anonymityFloor", anonymityFloor);
        if (!(lifecycleHeadShare > 0 && lifecycleHeadShare <= 1)) {
            throw new IllegalArgumentException("KpiParameters: 'lifecycleHeadShare' is " + lifecycleHeadShare
                    + ", must be above 0 and at most 1");
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("KpiParameters: '" + name + "' is " + value + ", must be >= 1");
        }
    }

    /** The defaults of metrics.md. */
    public static KpiParameters defaults() {
        return new KpiParameters(ZoneId.of("UTC"), "EUR", 365, 3, 2, 1, 30, 0, 1.96,
                List.of(new CoverageRequirement(2, 3, 5), new CoverageRequirement(1, 2, 3),
                        new CoverageRequirement(1, 1, 1)),
                List.of(30, 60, 90), 8, 30, 5, 0.8);
    }

    /** The role weight of {@code role}. */
    public double weight(Role role) {
        return switch (role) {
            case A -> weightA;
            case B -> weightB;
            case C -> weightC;
        };
    }

    /** What an account of {@code tier} needs. */
    public CoverageRequirement coverageFor(int tier) {
        return coverage.get(tier - 1);
    }

    /** The communication-gap limit of {@code tier}. */
    public int gapLimitFor(int tier) {
        return gapLimitDays.get(tier - 1);
    }
}
