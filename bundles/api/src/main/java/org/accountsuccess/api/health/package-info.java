/**
 * The account health score: a weighted mean of factor scores, its bands, the factors integrators
 * contribute as whiteboard services, and the backtest that tells whether the weights predict churn.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.accountsuccess.api.health;
