package org.accountsuccess.api.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An account's health as of a date.
 *
 * @param accountId the account
 * @param asOf the day it is computed for
 * @param score 0..100, the sum of the factors' contributions; empty when no factor has data
 * @param band the band of {@code score}; empty with it
 * @param factors the factors with data, in configuration order
 * @param missing the factors left out for want of data
 */
public record HealthScore(String accountId, LocalDate asOf, OptionalDouble score, Optional<HealthBand> band,
        List<FactorScore> factors, List<MissingFactor> missing) {
    public HealthScore {
        factors = List.copyOf(factors);
        missing = List.copyOf(missing);
    }
}
