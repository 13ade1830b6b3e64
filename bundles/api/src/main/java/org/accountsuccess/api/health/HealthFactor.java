package org.accountsuccess.api.health;

import java.time.LocalDate;
import java.util.Optional;

import org.accountsuccess.host.spi.Account;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A health factor an integrator contributes: register an implementation as an OSGi service with
 * the property {@value #NAME} (a short lower-case name such as {@code open-invoices}) and it
 * appears in every health score, with the weight configured for that name in
 * {@code org.accountsuccess.health} (or {@value #DEFAULT_WEIGHT} when configuration names none).
 * It disappears when its service goes away.
 */
@ConsumerType
public interface HealthFactor {
    /** Service property: the factor's name, unique among factors. Required. */
    String NAME = "accountsuccess.health.factor";
    /** Service property: the weight used when configuration gives none for this name (a non-negative number). */
    String DEFAULT_WEIGHT = "accountsuccess.health.weight";

    /**
     * The factor's view of {@code account} as of {@code asOf}, using only what was known on that day
     * where the source allows it.
     *
     * @return empty when the factor has no data for this account (it is then left out and the other
     *         weights renormalised)
     */
    Optional<FactorEvaluation> evaluate(Account account, LocalDate asOf);
}
