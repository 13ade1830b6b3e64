/** NPS arithmetic: classes, NPS, adjusted-Wald interval, significance, role-weighted account NPS, response rate, eNPS. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.kpi.nps;
