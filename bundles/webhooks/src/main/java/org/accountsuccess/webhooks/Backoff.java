package org.accountsuccess.webhooks;

import java.time.Duration;

/**
 * Exponential backoff: the wait after the n-th failed attempt is {@code initial * multiplier^(n-1)},
 * at most {@code max}.
 */
record Backoff(Duration initial, double multiplier, Duration max) {
    Backoff {
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0 || !(multiplier >= 1)) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max and a multiplier >= 1, was initial "
                    + initial.toMillis() + " ms, multiplier " + multiplier + ", max " + max.toMillis() + " ms");
        }
    }

    /** The wait before the next attempt after {@code failedAttempts} (at least 1) failed ones. */
    Duration after(int failedAttempts) {
        double millis = initial.toMillis() * Math.pow(multiplier, failedAttempts - 1);
        return millis >= max.toMillis() ? max : Duration.ofMillis(Math.round(millis));
    }
}
