package org.accountsuccess.core;

import java.util.function.Function;

import org.accountsuccess.api.health.HealthScore;
import org.accountsuccess.kpi.account.AccountFacts;
import org.accountsuccess.kpi.money.CurrencyConverter;

/**
 * The health score of accounts already read, for the components that read a portfolio for their
 * own figures (scorecards, the renewal pipeline) and add the health to it without reading the host
 * again. Internal to this bundle; {@link HealthComponent} provides it.
 */
public interface AccountHealth {
    /**
     * A scorer for one call: built-in and integrator factors, with the weights in force now. An
     * integrator factor that timed out is reported missing for the rest of the call.
     */
    Function<AccountFacts, HealthScore> scorer(CurrencyConverter converter);

    /**
     * What the scores depend on besides the host's data: the weights in force and the integrator
     * factors registered now. Cached results that hold health scores are keyed by it. A scorer
     * that never changes (a test's) keeps the default.
     */
    default Object revision() {
        return getClass();
    }
}
