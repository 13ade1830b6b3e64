/** The revenue simulator: what ARR moving accounts between loyalty classes would bring (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.simulation;
