/** Renewals due in a period and how many were renewed, by count and by value (metrics.md section 2), the renewal pipeline and the renewal forecast. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.accountsuccess.api.renewal;
