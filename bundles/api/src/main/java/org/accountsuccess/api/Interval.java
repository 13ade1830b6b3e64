package org.accountsuccess.api;

/**
 * A confidence interval.
 *
 * @param low lower bound
 * @param high upper bound, not below {@code low}
 */
public record Interval(double low, double high) {
    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || high < low) {
            throw new IllegalArgumentException("Interval: [" + low + ", " + high + "] is not an interval");
        }
    }
}
