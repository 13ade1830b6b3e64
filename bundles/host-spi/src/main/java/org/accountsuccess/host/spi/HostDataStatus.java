package org.accountsuccess.host.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * How fresh the data a host hands over is.
 *
 * @param freshness live, stale or unavailable
 * @param asOf when the data handed over was read from the host; {@code null} for a host that is
 *        read at each call, and when nothing could be read yet
 * @param message why the data is stale or unavailable (the last error), or {@code null} when live
 */
public record HostDataStatus(Freshness freshness, Instant asOf, String message) {
    /** Whether the figures are computed from the host's current data. */
    public enum Freshness {
        /** The data is the host's current data. */
        LIVE,
        /** The host cannot be reached: the data is the last good copy, read at {@code asOf}. */
        STALE,
        /** The host cannot be reached and no copy was ever read: there is no data to compute from. */
        UNAVAILABLE
    }

    public HostDataStatus {
        Objects.requireNonNull(freshness, "HostDataStatus: field 'freshness' is required");
        if (freshness == Freshness.STALE && asOf == null) {
            throw new IllegalArgumentException("HostDataStatus: stale data needs 'asOf', the time it was read");
        }
        message = Check.optional(message);
    }

    /** The status of a host that is read at each call. */
    public static HostDataStatus live() {
        return new HostDataStatus(Freshness.LIVE, null, null);
    }
}
