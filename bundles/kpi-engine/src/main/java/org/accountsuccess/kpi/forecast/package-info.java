/**
 * The renewal forecast: a logistic regression on the health factor scores fitted on the tenant's
 * past due contracts, its quality on a holdout (Brier score, calibration), and the expected ARR with
 * its base, downside and upside totals.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.forecast;
