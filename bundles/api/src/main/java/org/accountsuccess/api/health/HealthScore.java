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
 * @param rule the health rule whose weights, bands and mappings scored it: {@value #DEFAULT_RULE}, or
 *        the name of a rule for the account's segment or tier ({@code rule.<name>.*} in
 *        {@code etc/org.accountsuccess.health.cfg})
 */
public record HealthScore(String accountId, LocalDate asOf, OptionalDouble score, Optional<HealthBand> band,
        List<FactorScore> factors, List<MissingFactor> missing, String rule) {
    /** The rule of the configuration's own weights, bands and mappings. */
    public static final String DEFAULT_RULE = "default";

    public HealthScore {
        factors = List.copyOf(factors);
        missing = List.copyOf(missing);
        rule = rule == null ? DEFAULT_RULE : rule;
    }

    /** A score of the default rule (the constructor before rules were added). */
    public HealthScore(String accountId, LocalDate asOf, OptionalDouble score, Optional<HealthBand> band,
            List<FactorScore> factors, List<MissingFactor> missing) {
        this(accountId, asOf, score, band, factors, missing, DEFAULT_RULE);
    }
}
