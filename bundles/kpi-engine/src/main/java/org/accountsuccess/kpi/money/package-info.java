/** Conversion to the base currency through the tenant's constant rate table. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.money;
