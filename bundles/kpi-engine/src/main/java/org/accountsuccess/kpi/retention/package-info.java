/** MRR at a date, retention over a period (GRR, NRR, logo retention) and renewal rates. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.retention;
