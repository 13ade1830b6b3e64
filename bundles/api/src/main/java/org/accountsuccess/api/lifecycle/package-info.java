/** The lifecycle (Pareto) view: the head of accounts that make most of the ARR, by loyalty class (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.lifecycle;
