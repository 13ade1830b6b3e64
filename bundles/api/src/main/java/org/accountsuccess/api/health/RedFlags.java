package org.accountsuccess.api.health;

import java.util.OptionalDouble;

/**
 * How well "red on the backtest day" flagged the accounts that churned.
 *
 * @param red scored accounts with an outcome that were red
 * @param redChurned of those, how many churned
 * @param churned scored accounts that churned
 * @param precision {@code redChurned / red}; empty when no account was red
 * @param recall {@code redChurned / churned}; empty when none churned
 * @param medianLeadDays over the red accounts that churned: the median number of days from the
 *        backtest day (when they were already red) to the end date of their contract due in the
 *        horizon; empty when none
 */
public record RedFlags(int red, int redChurned, int churned, OptionalDouble precision, OptionalDouble recall,
        OptionalDouble medianLeadDays) {
}
