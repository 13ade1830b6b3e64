/**
 * The closed loop (metrics.md section 3): one follow-up per new survey response, tracked from its
 * creation to the touch that closes it, and the sweep that creates them and posts the events of
 * {@link org.accountsuccess.api.event.AccountSuccessEvents}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package org.accountsuccess.api.followup;
