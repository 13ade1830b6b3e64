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
 * @param version the version of the host's data the figures come from (the product's fact index
 *        stamps it, see {@link HostChanges}); 0 when not known
 */
public record HostDataStatus(Freshness freshness, Instant asOf, String message, long version) {
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

    /** A status without a version, as a host reports it. */
    public HostDataStatus(Freshness freshness, Instant asOf, String message) {
        this(freshness, asOf, message, 0);
    }

    /** This status, stamped with the data version the figures come from and, for live data, when it was read. */
    public HostDataStatus stamped(long dataVersion, Instant readAt) {
        return new HostDataStatus(freshness, freshness == Freshness.LIVE ? readAt : asOf, message, dataVersion);
    }

    /** The status of a host that is read at each call. */
    public static HostDataStatus live() {
        return new HostDataStatus(Freshness.LIVE, null, null);
    }
}
