package org.accountsuccess.api.health;

/**
 * How the accounts of one band on the backtest date fared.
 *
 * @param band the band on the backtest date
 * @param accounts accounts in the band with an outcome
 * @param churned of those, how many churned by the end of the horizon
 */
public record BacktestBand(HealthBand band, int accounts, int churned) {
}
