/**
 * The closed loop (metrics.md section 3): one follow-up per new survey response, tracked from its
 * creation to the touch that closes it, and the sweep that creates them and posts the events of
 * {@link org.accountsuccess.api.event.AccountSuccessEvents}. Since 1.1 users work them: a follow-up for
 * a recommended action ({@link org.accountsuccess.api.followup.NewFollowUp}), and done, snoozed,
 * reassigned or noted ({@link org.accountsuccess.api.followup.FollowUpEdit}) with a version that
 * refuses a stale change and a history of who changed what.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package org.accountsuccess.api.followup;
