package org.accountsuccess.core;

import org.accountsuccess.kpi.KpiParameters;

/** The parameters in force; read on every call so that a configuration change applies at once. */
@FunctionalInterface
public interface KpiSettings {
    KpiParameters parameters();
}
