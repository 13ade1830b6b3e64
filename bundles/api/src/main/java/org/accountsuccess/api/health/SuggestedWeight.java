package org.accountsuccess.api.health;

import java.util.OptionalDouble;

/**
 * One factor's configured weight next to the weight the backtest's history suggests. Suggestions
 * are shown, never applied: change the configuration to use them.
 *
 * @param factor the factor's name
 * @param configured the weight in force in the default rule (the accounts of other rules are not fitted)
 * @param coefficient the factor's coefficient in a logistic regression of "renewed" on the factor
 *        scores (divided by 100); empty when no model could be fitted
 * @param suggested {@code max(0, coefficient)}, scaled so that the suggested weights add up to the
 *        configured ones; empty when no model could be fitted
 */
public record SuggestedWeight(String factor, double configured, OptionalDouble coefficient,
        OptionalDouble suggested) {
}
