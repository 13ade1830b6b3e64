package org.accountsuccess.tryton;

import org.accountsuccess.host.spi.HostDataStatus;

/** The Tryton host's connection, for the console. */
public interface TrytonConnection {

    /**
     * Connects, logs in and counts the parties now.
     *
     * @throws org.accountsuccess.tryton.rpc.TrytonException naming what failed
     */
    TrytonCheck check();

    /** Reads the Tryton data again now; the status says whether it worked. */
    HostDataStatus refresh();
}
