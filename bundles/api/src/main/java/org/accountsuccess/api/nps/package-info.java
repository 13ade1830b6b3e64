/** Net Promoter Score at survey, contact and account level, with margin of error (metrics.md section 1). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.accountsuccess.api.nps;
