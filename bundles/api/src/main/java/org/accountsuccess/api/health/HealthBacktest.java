package org.accountsuccess.api.health;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How well the health score computed on a past day separated the accounts that later churned from
 * those that renewed.
 *
 * @param asOf the past day the scores are computed for
 * @param until the end of the horizon the outcomes are read at
 * @param renewed accounts with an outcome that renewed (kept revenue)
 * @param churned accounts with an outcome that churned
 * @param unscored accounts with an outcome but no score (every factor missing); not in the AUC
 * @param auc probability that a random renewed account scored higher than a random churned one
 *        (ties count one half); 0.5 is a coin toss; empty when either group is empty
 * @param bands the outcome by band
 */
public record HealthBacktest(LocalDate asOf, LocalDate until, int renewed, int churned, int unscored,
        OptionalDouble auc, List<BacktestBand> bands) {
    public HealthBacktest {
        bands = List.copyOf(bands);
    }
}
