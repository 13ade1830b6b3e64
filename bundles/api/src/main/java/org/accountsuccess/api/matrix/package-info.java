/** The success matrix: account NPS against ARR or margin, in four quadrants with their actions (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.matrix;
