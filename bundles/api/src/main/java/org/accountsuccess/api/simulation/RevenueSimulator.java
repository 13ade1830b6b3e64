package org.accountsuccess.api.simulation;

import org.accountsuccess.api.AccountFilter;
import org.osgi.annotation.versioning.ProviderType;

/** Runs revenue scenarios over the accounts a filter selects. */
@ProviderType
public interface RevenueSimulator {

    SimulationResult simulate(Scenario scenario, AccountFilter filter);
}
