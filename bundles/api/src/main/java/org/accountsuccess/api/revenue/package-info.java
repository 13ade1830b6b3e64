/**
 * Revenue movements and cohorts (metrics.md section 2): new, expansion, contraction, churned and
 * reactivation MRR month by month with the accounts behind each, the Quick Ratio, and cohorts of
 * accounts by the month or quarter of their first MRR.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.revenue;
