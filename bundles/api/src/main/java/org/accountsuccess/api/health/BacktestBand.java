package org.accountsuccess.api.health;

import java.util.OptionalDouble;

/**
 * How the accounts of one band on the backtest date fared: the calibration of the band.
 *
 * @param band the band on the backtest date
 * @param accounts accounts in the band with an outcome
 * @param churned of those, how many churned by the end of the horizon
 * @param meanScore the mean health score of those accounts; empty without accounts
 * @param renewalRate the share of them that renewed; empty without accounts
 */
public record BacktestBand(HealthBand band, int accounts, int churned, OptionalDouble meanScore,
        OptionalDouble renewalRate) {
}
