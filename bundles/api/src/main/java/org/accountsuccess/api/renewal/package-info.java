/** Renewals due in a period and how many were renewed, by count and by value (metrics.md section 2). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.renewal;
