package org.accountsuccess.host.spi;

import org.osgi.annotation.versioning.ProviderType;

/**
 * How fresh the host's data is, for a host that is reached over a network and can be down (a
 * remote CRM). Optional: without it the data is taken to be live.
 */
@ProviderType
public interface HostStatus {

    /** The status now; cheap to call (no round trip to the host). */
    HostDataStatus status();
}
