/** Per-account views: stakeholder map, coverage check, communication flags, timeline, scorecard. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.kpi.account;
