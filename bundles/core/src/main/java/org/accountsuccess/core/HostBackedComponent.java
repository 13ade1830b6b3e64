package org.accountsuccess.core;

import org.accountsuccess.kpi.KpiParameters;

/** A service computed from the host's ports with the parameters in force at each call. */
abstract class HostBackedComponent {
    private final HostPorts host;
    private final KpiSettings settings;

    HostBackedComponent(HostBinding host, KpiSettings settings) {
        this.host = host.ports();
        this.settings = settings;
    }

    HostPorts host() {
        return host;
    }

    /** A reader over the host with the parameters in force now. */
    HostReader reader() {
        return new HostReader(host, settings.parameters());
    }

    KpiParameters parameters() {
        return settings.parameters();
    }
}
