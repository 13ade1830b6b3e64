/** Recurring revenue and retention: MRR, expansion, contraction, churn, GRR, NRR, logo retention (metrics.md section 2). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.retention;
