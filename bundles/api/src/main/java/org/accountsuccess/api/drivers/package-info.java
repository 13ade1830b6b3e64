/** Revenue-weighted drivers: which tagged reasons detractors give, and the ARR behind them (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.drivers;
