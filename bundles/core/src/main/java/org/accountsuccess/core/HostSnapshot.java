package org.accountsuccess.core;

import org.accountsuccess.api.data.DataVersion;
import org.accountsuccess.kpi.index.FactIndex;

/**
 * One complete version of the host's data: the fact index read from it, seen as host ports, so
 * the components compute every figure of a call from this one version.
 *
 * @param ports the index's ports; their status is the live host's (whether it is reachable now),
 *        stamped with this version and, for live data, its read time
 * @param index the index behind the ports; {@code null} on the reference path, which reads the host itself
 * @param version the version (numbered in the order read on this node), its read time and its size
 * @param hostVersion what the host's {@link org.accountsuccess.host.spi.HostChanges} said when it was
 *        read, to tell when the host has changed since; {@code Long.MIN_VALUE} when it said nothing
 */
record HostSnapshot(HostPorts ports, FactIndex index, DataVersion version, long hostVersion) {

    /** A snapshot of {@code index}, read from {@code live}. */
    static HostSnapshot of(FactIndex index, HostPorts live, DataVersion version, long hostVersion) {
        HostPorts ports = new HostPorts(index, index, index, index, index.hasRates() ? index : null,
                live.employees() == null ? null : index,
                () -> live.dataStatus().stamped(version.version(), version.readAt()),
                live.revenue() == null ? null : index);
        return new HostSnapshot(ports, index, version, hostVersion);
    }
}
