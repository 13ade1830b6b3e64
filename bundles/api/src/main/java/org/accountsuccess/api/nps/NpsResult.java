package org.accountsuccess.api.nps;

import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.Interval;

/**
 * An NPS figure with its margin of error.
 *
 * @param value {@code 100 * (P - D) / n}; empty (undefined) when {@code n = 0}
 * @param n units counted
 * @param promoters P
 * @param passives units that are neither promoters nor detractors
 * @param detractors D
 * @param interval the 95 % adjusted-Wald interval, clipped to [-100, 100]; empty when {@code n = 0}
 * @param standardError the plain Wald standard error, in NPS points; empty when {@code n = 0}
 */
public record NpsResult(OptionalDouble value, int n, int promoters, int passives, int detractors,
        Optional<Interval> interval, OptionalDouble standardError) {
    public NpsResult {
        if (promoters < 0 || passives < 0 || detractors < 0 || promoters + passives + detractors != n) {
            throw new IllegalArgumentException("NpsResult: counts " + promoters + "/" + passives + "/" + detractors
                    + " do not add up to n=" + n);
        }
    }
}
