package org.accountsuccess.host.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The version of the host's data, for a host that knows when its data changes (the standalone
 * store on every committed import, a remote host on every new read). Optional: a host without it
 * is re-read on a configured interval.
 *
 * <p>The product polls {@link #dataVersion()} from one background thread, a few times a second at
 * most, and rebuilds its in-memory fact index when the number differs from the one it built from.
 */
@ProviderType
public interface HostChanges {

    /**
     * A number that changes whenever the data the other ports hand over changes; equal numbers mean
     * equal data. Cheap: at most one small query, never a scan. Several nodes over one database see
     * the same number.
     */
    long dataVersion();
}
