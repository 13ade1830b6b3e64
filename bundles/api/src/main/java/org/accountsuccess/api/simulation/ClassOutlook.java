package org.accountsuccess.api.simulation;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

import org.accountsuccess.api.LoyaltyClass;

/**
 * One loyalty class in the simulation.
 *
 * @param loyaltyClass the account loyalty class
 * @param accounts accounts with ARR above zero in the class on the scenario's day
 * @param arr their ARR
 * @param meanArr {@code arr / accounts}; empty without accounts
 * @param observedNrr the NRR over the trailing 12 months of the accounts in this class at the
 *        period's start; empty when that cohort had no MRR
 * @param appliedNrr the NRR the projection applies: the observed one, else the whole selection's
 *        NRR over the same period; empty when that is undefined too
 * @param accountsAfter the (fractional) accounts in the class after the moves
 * @param arrAfter {@code ARR'}: the class's ARR after the moves
 * @param baselineArr {@code arr * appliedNrr}; empty when no NRR applies
 * @param projectedArr {@code arrAfter * appliedNrr}; empty when no NRR applies
 */
public record ClassOutlook(LoyaltyClass loyaltyClass, int accounts, BigDecimal arr, Optional<BigDecimal> meanArr,
        OptionalDouble observedNrr, OptionalDouble appliedNrr, double accountsAfter, BigDecimal arrAfter,
        Optional<BigDecimal> baselineArr, Optional<BigDecimal> projectedArr) {
}
