/** The account scorecard a sales rep opens inside the CRM. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.2.0")
package org.accountsuccess.api.scorecard;
