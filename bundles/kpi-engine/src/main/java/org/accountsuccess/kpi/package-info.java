/** The KPI engine: plain Java, no OSGi, computing every figure of metrics.md from host records handed to it. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi;
