/** Revenue-weighted drivers: mentions, detractor mentions, NPS and ARR at stake per driver tag. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.drivers;
