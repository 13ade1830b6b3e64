package org.accountsuccess.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.accountsuccess.kpi.KpiParameters;

/**
 * A service computed from one version of the host's data with the parameters in force at each
 * call: a call takes one {@link #reader()} and reads everything through it, so its figures never
 * mix two versions.
 */
abstract class HostBackedComponent {
    private final HostBinding host;
    private final KpiSettings settings;

    HostBackedComponent(HostBinding host, KpiSettings settings) {
        this.host = host;
        this.settings = settings;
    }

    /** A reader over the last complete version of the host's data, with the parameters in force now. */
    HostReader reader() {
        return new HostReader(host.snapshot(), settings.parameters());
    }

    KpiParameters parameters() {
        return settings.parameters();
    }

    /**
     * A portfolio-wide result, computed once per service, parameters (and the KPI parameters in
     * force) and data version, then answered from the cache.
     */
    <T> T cached(String service, List<?> parameters, Function<HostReader, T> compute) {
        return cached(reader(), service, parameters, compute);
    }

    /** The same, on the data version {@code reader} reads (for a result a cached one is built from). */
    <T> T cached(HostReader reader, String service, List<?> parameters, Function<HostReader, T> compute) {
        List<Object> key = new ArrayList<>(parameters);
        key.add(reader.parameters());
        return host.cached(reader.snapshot(), service, Collections.unmodifiableList(key), () -> compute.apply(reader));
    }
}
