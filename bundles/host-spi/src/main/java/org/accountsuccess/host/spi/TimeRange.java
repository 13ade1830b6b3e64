package org.accountsuccess.host.spi;

import java.time.Instant;

/**
 * A half-open range of instants, {@code [from, until)}. Either end may be open ({@code null}).
 *
 * @param from first instant in the range, or {@code null} for no lower bound
 * @param until first instant after the range, or {@code null} for no upper bound
 */
public record TimeRange(Instant from, Instant until) {
    /** Every instant. */
    public static final TimeRange ALL = new TimeRange(null, null);

    public TimeRange {
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("TimeRange: 'until' " + until + " is before 'from' " + from);
        }
    }

    /** Everything strictly before {@code until}. */
    public static TimeRange before(Instant until) {
        return new TimeRange(null, until);
    }

    public boolean contains(Instant instant) {
        return (from == null || !instant.isBefore(from)) && (until == null || instant.isBefore(until));
    }
}
