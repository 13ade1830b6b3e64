/** The lifecycle (Pareto) ranking of accounts by ARR, with head and tail by loyalty class. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.lifecycle;
