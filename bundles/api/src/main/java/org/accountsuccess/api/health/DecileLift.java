package org.accountsuccess.api.health;

import java.util.OptionalDouble;

/**
 * The churn of the riskiest tenth of the scored accounts (the lowest scores, {@code ceil(n / 10)}
 * accounts, ties by account id) against all of them.
 *
 * @param accounts accounts in the riskiest decile
 * @param churned of those, how many churned
 * @param churnRate {@code churned / accounts}; empty without accounts
 * @param overallChurnRate the churn rate of every scored account; empty without accounts
 * @param lift {@code churnRate / overallChurnRate}: 1 is no better than picking at random; empty
 *        when no account churned
 */
public record DecileLift(int accounts, int churned, OptionalDouble churnRate, OptionalDouble overallChurnRate,
        OptionalDouble lift) {
}
