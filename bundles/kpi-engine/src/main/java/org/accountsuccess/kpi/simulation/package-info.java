/** The revenue simulator: class ARR projected with each class's observed NRR, before and after a scenario. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.simulation;
