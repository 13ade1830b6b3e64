/** The stakeholder loyalty view: contacts by role and class, and the coverage check (metrics.md section 3). */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.stakeholder;
