package org.accountsuccess.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The seeded source of every random choice of the demo data. {@link Random}'s algorithm is fixed
 * by its specification, so the same seed gives the same data on every JVM.
 */
final class Dice {
    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number in {@code [low, high]}. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A number in {@code [low, high)}. */
    double between(double low, double high) {
        return low + random.nextDouble() * (high - low);
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** An index chosen with probability proportional to its weight. */
    int weighted(int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** A day in {@code [from, to]}. */
    LocalDate day(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    /** Days to the next event of a process that happens every {@code meanDays} on average (at least 1). */
    int interval(double meanDays) {
        return Math.max(1, (int) Math.round(-meanDays * Math.log(1 - random.nextDouble())));
    }
}
