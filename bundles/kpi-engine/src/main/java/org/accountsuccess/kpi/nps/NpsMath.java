package org.accountsuccess.kpi.nps;

import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.Interval;
import org.accountsuccess.api.LoyaltyClass;
import org.accountsuccess.api.nps.NpsComparison;
import org.accountsuccess.api.nps.NpsResult;

/** The NPS arithmetic of metrics.md section 1. */
public final class NpsMath {
    private NpsMath() {
    }

    /** The class of a score: promoter 9-10, passive 7-8, detractor 0-6. */
    public static LoyaltyClass classify(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("score " + score + " is outside 0..10");
        }
        return score >= 9 ? LoyaltyClass.PROMOTER : score >= 7 ? LoyaltyClass.PASSIVE : LoyaltyClass.DETRACTOR;
    }

    /**
     * The NPS of these counts with its adjusted-Wald interval and plain Wald standard error.
     *
     * @param z the normal quantile of the interval (1.96 for 95 %)
     */
    public static NpsResult result(int promoters, int passives, int detractors, double z) {
        int n = promoters + passives + detractors;
        if (n == 0) {
            return new NpsResult(OptionalDouble.empty(), 0, 0, 0, 0, Optional.empty(), OptionalDouble.empty());
        }
        double nps = 100.0 * (promoters - detractors) / n;
        return new NpsResult(OptionalDouble.of(nps), n, promoters, passives, detractors,
                Optional.of(adjustedWald(promoters, detractors, n, z)),
                OptionalDouble.of(waldStandardError(promoters, detractors, n)));
    }

    /**
     * The adjusted-Wald interval: {@code n' = n + 3}, {@code p' = (P + 0.75) / n'},
     * {@code d' = (D + 0.75) / n'}, centre {@code 100 (p' - d')}, half-width
     * {@code z * 100 sqrt((p' + d' - (p' - d')^2) / n')}, clipped to [-100, 100].
     */
    public static Interval adjustedWald(int promoters, int detractors, int n, double z) {
        double n1 = n + 3.0;
        double p1 = (promoters + 0.75) / n1;
        double d1 = (detractors + 0.75) / n1;
        double centre = 100 * (p1 - d1);
        double se = 100 * Math.sqrt((p1 + d1 - (p1 - d1) * (p1 - d1)) / n1);
        return new Interval(Math.max(-100, centre - z * se), Math.min(100, centre + z * se));
    }

    /** The plain Wald standard error in NPS points: {@code 100 sqrt((p + d - (p - d)^2) / n)}; {@code n > 0}. */
    public static double waldStandardError(int promoters, int detractors, int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("n is " + n + ", must be > 0");
        }
        double p = (double) promoters / n;
        double d = (double) detractors / n;
        return 100 * Math.sqrt((p + d - (p - d) * (p - d)) / n);
    }

    /** Two figures differ significantly when {@code |nps1 - nps2| > z sqrt(se1^2 + se2^2)}. */
    public static NpsComparison compare(NpsResult first, NpsResult second, double z) {
        if (first.value().isEmpty() || second.value().isEmpty()) {
            return new NpsComparison(first, second, OptionalDouble.empty(), false);
        }
        double difference = second.value().getAsDouble() - first.value().getAsDouble();
        double se1 = first.standardError().getAsDouble();
        double se2 = second.standardError().getAsDouble();
        boolean significant = Math.abs(difference) > z * Math.sqrt(se1 * se1 + se2 * se2);
        return new NpsComparison(first, second, OptionalDouble.of(difference), significant);
    }
}
