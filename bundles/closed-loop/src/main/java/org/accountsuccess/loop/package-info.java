/**
 * The closed loop: the ledger of follow-ups and notified facts, the sweep and its DS component.
 * Private to the bundle: integrators use {@link org.accountsuccess.api.followup.FollowUpService}
 * and the Event Admin topics of {@link org.accountsuccess.api.event.AccountSuccessEvents}.
 */
package org.accountsuccess.loop;
