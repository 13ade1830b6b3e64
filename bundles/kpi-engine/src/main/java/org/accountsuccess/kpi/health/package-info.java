/**
 * The account health score: the seven built-in factors, the weighted mean renormalised over the
 * factors with data, its bands, the backtest (AUC, calibration by band, red precision, recall and
 * lead time, decile lift, suggested weights) and the renewal pipeline's risk order.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.0.0")
package org.accountsuccess.kpi.health;
