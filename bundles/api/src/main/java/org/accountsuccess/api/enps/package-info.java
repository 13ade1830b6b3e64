/** Employee NPS by department, with the anonymity floor (metrics.md section 1); for the hr role only. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.enps;
