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
 * @param bands the outcome by band, with each band's mean score and renewal rate
 * @param red precision, recall and lead time of the red band as a churn warning
 * @param riskiestDecile the churn of the lowest-scoring tenth against all
 * @param weightsNote how the suggested weights were obtained, or why there are none
 * @param weights each factor's configured weight and the weight history suggests (never applied)
 */
public record HealthBacktest(LocalDate asOf, LocalDate until, int renewed, int churned, int unscored,
        OptionalDouble auc, List<BacktestBand> bands, RedFlags red, DecileLift riskiestDecile, String weightsNote,
        List<SuggestedWeight> weights) {
    public HealthBacktest {
        bands = List.copyOf(bands);
        weights = List.copyOf(weights);
    }
}
